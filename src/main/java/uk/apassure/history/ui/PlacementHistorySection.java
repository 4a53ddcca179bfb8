package uk.apassure.history.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import uk.apassure.history.HistoryKind;
import uk.apassure.history.HistoryService;
import uk.apassure.placement.PlacementPage;
import uk.apassure.placement.ui.PlacementPageSection;

/** The placement page's change history (the page is shown only inside the pupil's school). */
@org.springframework.stereotype.Component
class PlacementHistorySection implements PlacementPageSection {

    private final HistoryService history;

    PlacementHistorySection(HistoryService history) {
        this.history = history;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Optional<Component> create(PlacementPage placement) {
        return Optional.of(new HistoryPanel(history, HistoryKind.PLACEMENT, placement.id()));
    }
}
