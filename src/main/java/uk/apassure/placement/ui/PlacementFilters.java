package uk.apassure.placement.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.apassure.base.ui.DateFields;
import uk.apassure.base.ui.FilterState;
import uk.apassure.base.ui.FilterFields;
import uk.apassure.organisation.SchoolService.SchoolSummary;
import uk.apassure.placement.PlacementFilter;
import uk.apassure.placement.PlacementFlag;
import uk.apassure.placement.PlacementStatus;
import uk.apassure.placement.PlacementType;
import uk.apassure.provider.ProviderChoice;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ui.ProviderFilterField;

/**
 * The filter bar of the placements grid: provider, status, type, start date range, school
 * (trust-wide users) and a tick box per {@link PlacementFlag}. {@link #show} sets every field from a
 * filter without reporting changes; a change by the user is reported with the whole filter.
 */
class PlacementFilters extends Div {

    final ComboBox<ProviderChoice> provider = new ComboBox<>();
    final ComboBox<PlacementStatus> status = new ComboBox<>();
    final ComboBox<PlacementType> type = new ComboBox<>();
    final DatePicker from;
    final DatePicker to;
    final ComboBox<SchoolSummary> school = new ComboBox<>();
    final Map<PlacementFlag, Checkbox> flags = new EnumMap<>(PlacementFlag.class);
    private final ProviderService providers;
    private final FilterState<PlacementFilter> state;

    /** @param schools offered as a filter when there are several (trust-wide users) */
    PlacementFilters(ProviderService providers, List<SchoolSummary> schools, LocalDate today,
            Consumer<PlacementFilter> onChange) {
        this.providers = providers;
        this.state = new FilterState<>(PlacementFilter.ANY, onChange);
        addClassName("filter-bar");
        ProviderFilterField.configure(provider, providers);
        provider.addValueChangeListener(e -> state.change(f -> f.withProvider(e.getValue() == null ? null
                : e.getValue().id())));
        FilterFields.choice(status, "Any status", "Status", List.of(PlacementStatus.values()), PlacementStatus::label);
        status.addValueChangeListener(e -> state.change(f -> f.withStatus(e.getValue())));
        FilterFields.choice(type, "Any type", "Type", List.of(PlacementType.values()), PlacementType::label);
        type.addValueChangeListener(e -> state.change(f -> f.withType(e.getValue())));
        from = DateFields.date("", today);
        from.setPlaceholder("Starts from dd/mm/yyyy");
        from.setAriaLabel("Starts from");
        from.addValueChangeListener(e -> state.change(f -> f.withStartsFrom(e.getValue())));
        to = DateFields.date("", today);
        to.setPlaceholder("Starts by dd/mm/yyyy");
        to.setAriaLabel("Starts by");
        to.addValueChangeListener(e -> state.change(f -> f.withStartsTo(e.getValue())));
        FilterFields.choice(school, "Any school", "School", schools, SchoolSummary::name);
        school.addValueChangeListener(e -> state.change(f -> f.withSchool(e.getValue() == null ? null
                : e.getValue().id())));
        add(provider, status, type, from, to);
        if (schools.size() > 1) {
            add(school);
        }
        for (PlacementFlag flag : PlacementFlag.values()) {
            Checkbox box = new Checkbox(flag.label());
            box.addValueChangeListener(e -> state.change(f -> f.withFlag(flag, e.getValue())));
            flags.put(flag, box);
            add(box);
        }
    }

    /** Sets every field from {@code shown} (read from the address) and returns the filter they show. */
    PlacementFilter show(PlacementFilter shown) {
        return state.show(() -> {
            provider.setValue(shown.providerId() == null ? null
                    : providers.findChoice(shown.providerId()).orElse(null));
            status.setValue(shown.status());
            type.setValue(shown.type());
            from.setValue(shown.startsFrom());
            to.setValue(shown.startsTo());
            school.setValue(school.getListDataView().getItems()
                    .filter(one -> shown.schoolId() != null && one.id() == shown.schoolId()).findFirst().orElse(null));
            flags.forEach((flag, box) -> box.setValue(shown.flags().contains(flag)));
        }, () -> shown.withSchool(school.getValue() == null ? null : school.getValue().id())
                .withProvider(provider.getValue() == null ? null : provider.getValue().id()));
    }
}
