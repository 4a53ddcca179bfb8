package uk.apassure.provider.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import uk.apassure.provider.ProviderChoice;
import uk.apassure.provider.ProviderFilter;
import uk.apassure.provider.ProviderService;

/**
 * The "provider" field of a grid's filter bar (placements, renewals): every provider of the
 * register by name as typed, archived ones too (a record may outlast its provider's approval),
 * loaded a page at a time; empty means any provider.
 */
public final class ProviderFilterField {

    private ProviderFilterField() {}

    public static ComboBox<ProviderChoice> configure(ComboBox<ProviderChoice> box, ProviderService providers) {
        box.setItems(query -> providers.list(ProviderFilter.ANY.withName(query.getFilter().orElse("")),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name"))).stream()
                .map(row -> new ProviderChoice(row.id(), row.name(), row.status())));
        box.setItemLabelGenerator(ProviderChoice::name);
        box.setPlaceholder("Any provider");
        box.setAriaLabel("Provider");
        box.setClearButtonVisible(true);
        return box;
    }
}
