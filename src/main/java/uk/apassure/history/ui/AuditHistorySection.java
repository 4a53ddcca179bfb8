package uk.apassure.history.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import uk.apassure.audit.ui.AuditPageSection;
import uk.apassure.history.HistoryKind;
import uk.apassure.history.HistoryService;

/** The audit page's change history, after the sign-off. */
@org.springframework.stereotype.Component
class AuditHistorySection implements AuditPageSection {

    private final HistoryService history;

    AuditHistorySection(HistoryService history) {
        this.history = history;
    }

    @Override
    public Optional<Component> create(long auditId) {
        return Optional.of(new HistoryPanel(history, HistoryKind.AUDIT, auditId));
    }
}
