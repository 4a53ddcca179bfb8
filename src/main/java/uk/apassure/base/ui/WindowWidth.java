package uk.apassure.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.util.function.IntConsumer;

/**
 * A grid that fits its columns to the window: told the width when it is attached and whenever the
 * window resizes, until it is detached. The resize listener lives on the page, which outlives the
 * view: it is removed on detach, or every visit to the view would keep the previous one (its whole
 * component tree and grid rows) in the session for as long as the tab stays open.
 */
public final class WindowWidth {

    private WindowWidth() {}

    public static void follow(AttachEvent event, IntConsumer fit) {
        Page page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fit.accept(details.getWindowInnerWidth()));
        Registration resize = page.addBrowserWindowResizeListener(width -> fit.accept(width.getWidth()));
        event.getSource().addDetachListener(detach -> {
            resize.remove();
            detach.unregisterListener();
        });
    }
}
