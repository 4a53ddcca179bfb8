package uk.apassure.provider.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import uk.apassure.provider.ProviderStatus;

/** A provider's status as a coloured label that also reads as text (colour is never the only signal). */
final class StatusBadge extends Span {

    StatusBadge(ProviderStatus status) {
        super(status.label());
        addClassNames("status-badge", "status-" + style(status));
    }

    /** The status's colour class without its prefix: {@code do-not-use} for {@code status-do-not-use}. */
    static String style(ProviderStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
