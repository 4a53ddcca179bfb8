package uk.apassure.history.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import uk.apassure.audit.ui.AuditPageSection;
import uk.apassure.history.HistoryKind;
import uk.apassure.history.HistoryService;
import uk.apassure.placement.PlacementPage;
import uk.apassure.placement.ui.PlacementPageSection;
import uk.apassure.provider.ui.ProviderPageSection;

/**
 * The "History" panel, last on the provider, placement and audit pages (through their page-section
 * extension points). The panel reads through {@link HistoryService}, which applies the record's own
 * read check (a placement's history only inside the pupil's school and for trust leads).
 */
@org.springframework.stereotype.Component
class HistorySections implements ProviderPageSection, PlacementPageSection, AuditPageSection {

    private final HistoryService history;

    HistorySections(HistoryService history) {
        this.history = history;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Optional<Component> create(long providerId) {
        return Optional.of(new HistoryPanel(history, HistoryKind.PROVIDER, providerId));
    }

    @Override
    public Optional<Component> create(PlacementPage placement) {
        return Optional.of(new HistoryPanel(history, HistoryKind.PLACEMENT, placement.id()));
    }

    @Override
    public Optional<Component> forAudit(long auditId) {
        return Optional.of(new HistoryPanel(history, HistoryKind.AUDIT, auditId));
    }
}
