package uk.apassure.history.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import uk.apassure.history.HistoryKind;
import uk.apassure.history.HistoryService;
import uk.apassure.provider.ui.ProviderPageSection;

/** The provider page's change history, last on the page. */
@org.springframework.stereotype.Component
class ProviderHistorySection implements ProviderPageSection {

    private final HistoryService history;

    ProviderHistorySection(HistoryService history) {
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
}
