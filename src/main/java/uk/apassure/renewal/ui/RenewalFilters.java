package uk.apassure.renewal.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.apassure.base.ui.FilterFields;
import uk.apassure.base.ui.FilterState;
import uk.apassure.organisation.SchoolService.SchoolSummary;
import uk.apassure.provider.ProviderChoice;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ui.ProviderFilterField;
import uk.apassure.renewal.RenewalFilter;
import uk.apassure.renewal.RenewalKind;
import uk.apassure.renewal.RenewalState;

/**
 * The filter bar of the renewals grid: state, kind, provider, school (trust-wide users) and owner.
 * {@link #show} sets every field from a filter without reporting changes.
 */
class RenewalFilters extends Div {

    /** An owner, as the filter offers them. */
    record Owner(long id, String name) {}

    final ComboBox<RenewalState> state = new ComboBox<>();
    final ComboBox<RenewalKind> kind = new ComboBox<>();
    final ComboBox<ProviderChoice> provider = new ComboBox<>();
    final ComboBox<SchoolSummary> school = new ComboBox<>();
    final ComboBox<Owner> owner = new ComboBox<>();
    private final ProviderService providers;
    private final FilterState<RenewalFilter> filterState;

    RenewalFilters(ProviderService providers, List<SchoolSummary> schools, Map<Long, String> owners,
            Consumer<RenewalFilter> onChange) {
        this.providers = providers;
        this.filterState = new FilterState<>(RenewalFilter.ANY, onChange);
        addClassName("filter-bar");
        FilterFields.choice(state, "Any state", "State", List.of(RenewalState.values()), RenewalState::label);
        state.addValueChangeListener(e -> filterState.change(f -> f.withState(e.getValue())));
        FilterFields.choice(kind, "Any kind", "Kind", List.of(RenewalKind.values()), RenewalKind::label);
        kind.addValueChangeListener(e -> filterState.change(f -> f.withKind(e.getValue())));
        ProviderFilterField.configure(provider, providers);
        provider.addValueChangeListener(e -> filterState.change(f -> f.withProvider(e.getValue() == null ? null
                : e.getValue().id())));
        FilterFields.choice(school, "Any school", "School", schools, SchoolSummary::name);
        school.addValueChangeListener(e -> filterState.change(f -> f.withSchool(e.getValue() == null ? null
                : e.getValue().id())));
        FilterFields.choice(owner, "Any owner", "Owner", owners.entrySet().stream()
                .map(entry -> new Owner(entry.getKey(), entry.getValue())).toList(), Owner::name);
        owner.addValueChangeListener(e -> filterState.change(f -> f.withOwner(e.getValue() == null ? null
                : e.getValue().id())));
        add(state, kind, provider);
        if (schools.size() > 1) {
            add(school);
        }
        add(owner);
    }

    /** Sets every field from {@code shown} (read from the address) and returns the filter they show. */
    RenewalFilter show(RenewalFilter shown) {
        return filterState.show(() -> {
            state.setValue(shown.state());
            kind.setValue(shown.kind());
            provider.setValue(shown.providerId() == null ? null
                    : providers.findChoice(shown.providerId()).orElse(null));
            school.setValue(school.getListDataView().getItems()
                    .filter(one -> shown.schoolId() != null && one.id() == shown.schoolId()).findFirst().orElse(null));
            owner.setValue(owner.getListDataView().getItems()
                    .filter(one -> shown.ownerId() != null && one.id() == shown.ownerId()).findFirst().orElse(null));
        }, () -> shown.withSchool(school.getValue() == null ? null : school.getValue().id())
                .withProvider(provider.getValue() == null ? null : provider.getValue().id())
                .withOwner(owner.getValue() == null ? null : owner.getValue().id()));
    }
}
