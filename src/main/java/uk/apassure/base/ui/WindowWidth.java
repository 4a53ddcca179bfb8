package uk.apassure.base.ui;

import com.vaadin.flow.component.AttachEvent;
import java.util.function.IntConsumer;

/** A grid that fits its columns to the window: told the width when it is attached and whenever the window resizes. */
public final class WindowWidth {

    private WindowWidth() {}

    public static void follow(AttachEvent event, IntConsumer fit) {
        event.getUI().getPage().retrieveExtendedClientDetails(details -> fit.accept(details.getWindowInnerWidth()));
        event.getUI().getPage().addBrowserWindowResizeListener(resize -> fit.accept(resize.getWidth()));
    }
}
