package uk.apassure.visit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import uk.apassure.provider.ProviderChoice;
import uk.apassure.provider.ProviderService;

/** Picks a provider that may be visited, searched by name and loaded a page at a time. */
class ProviderPicker extends ComboBox<ProviderChoice> {

    ProviderPicker(ProviderService providers, String label) {
        super(label);
        setItems(query -> providers.visitable(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        setItemLabelGenerator(ProviderChoice::name);
        setClearButtonVisible(true);
    }
}
