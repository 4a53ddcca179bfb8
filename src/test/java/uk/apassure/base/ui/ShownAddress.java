package uk.apassure.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.Optional;

/**
 * For browserless tests: the address a view last put in the browser's address bar
 * ({@link ListAddress#show}), read from the JavaScript the UI has queued for the browser.
 */
public final class ShownAddress {

    private ShownAddress() {}

    /** The last address shown since the previous call, e.g. {@code providers?status=approved}. */
    public static Optional<String> last() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(call -> call.getExpression().contains("replaceState")
                        || call.getExpression().contains("replace: true"))
                .flatMap(call -> call.getParameters().stream())
                .filter(String.class::isInstance).map(String.class::cast)
                .reduce((first, second) -> second);
    }
}
