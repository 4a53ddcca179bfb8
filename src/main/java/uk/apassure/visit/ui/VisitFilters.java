package uk.apassure.visit.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import uk.apassure.base.ui.DateFields;
import uk.apassure.base.ui.FilterFields;
import uk.apassure.base.ui.FilterState;
import uk.apassure.organisation.SchoolService.SchoolSummary;
import uk.apassure.provider.ProviderService;
import uk.apassure.visit.Judgement;
import uk.apassure.visit.VisitFilter;
import uk.apassure.visit.VisitStatus;
import uk.apassure.visit.VisitType;

/**
 * The filter bar of the visit grid: provider, date range, type, judgement, status, school (trust-wide
 * users), open concerns, my visits. {@link #show} sets every field from a filter without reporting
 * changes; a change by the user is reported with the whole filter.
 */
class VisitFilters extends Div {

    final ProviderPicker provider;
    final DatePicker from;
    final DatePicker to;
    final ComboBox<VisitType> type = new ComboBox<>();
    final ComboBox<Judgement> judgement = new ComboBox<>();
    final ComboBox<VisitStatus> status = new ComboBox<>();
    final ComboBox<SchoolSummary> school = new ComboBox<>();
    final Checkbox openConcern = new Checkbox("Open concerns only");
    final Checkbox mine = new Checkbox("Only visits I recorded");
    private final ProviderService providers;
    private final FilterState<VisitFilter> state;

    /**
     * @param schools offered as a filter when there are several (trust-wide users)
     * @param records whether the user records visits ("only visits I recorded" makes sense)
     */
    VisitFilters(ProviderService providers, List<SchoolSummary> schools, boolean records, LocalDate today,
            Consumer<VisitFilter> onChange) {
        this.providers = providers;
        this.state = new FilterState<>(VisitFilter.ANY, onChange);
        addClassName("filter-bar");
        provider = new ProviderPicker(providers, null);
        provider.setPlaceholder("Any provider");
        provider.setAriaLabel("Provider");
        provider.addValueChangeListener(e -> state.change(f -> f.withProvider(e.getValue() == null ? null
                : e.getValue().id())));
        from = DateFields.date("", today);
        from.setPlaceholder("From dd/mm/yyyy");
        from.setAriaLabel("From");
        from.addValueChangeListener(e -> state.change(f -> f.withFrom(e.getValue())));
        to = DateFields.date("", today);
        to.setPlaceholder("To dd/mm/yyyy");
        to.setAriaLabel("To");
        to.addValueChangeListener(e -> state.change(f -> f.withTo(e.getValue())));
        FilterFields.choice(type, "Any type", "Type", List.of(VisitType.values()), VisitType::label);
        type.addValueChangeListener(e -> state.change(f -> f.withType(e.getValue())));
        FilterFields.choice(judgement, "Any judgement", "Judgement in any area", List.of(Judgement.values()),
                Judgement::label);
        judgement.addValueChangeListener(e -> state.change(f -> f.withJudgement(e.getValue())));
        FilterFields.choice(status, "Any status", "Status", List.of(VisitStatus.values()), VisitStatus::label);
        status.addValueChangeListener(e -> state.change(f -> f.withStatus(e.getValue())));
        FilterFields.choice(school, "Any school", "School", schools, SchoolSummary::name);
        school.addValueChangeListener(e -> state.change(f -> f.withSchool(e.getValue() == null ? null
                : e.getValue().id())));
        openConcern.addValueChangeListener(e -> state.change(f -> f.withOpenConcern(e.getValue())));
        mine.addValueChangeListener(e -> state.change(f -> f.withMine(e.getValue())));
        add(provider, from, to, type, judgement, status);
        if (schools.size() > 1) {
            add(school);
        }
        add(openConcern);
        if (records) {
            add(mine);
        }
    }

    /** Sets every field from {@code shown} (read from the address) and returns the filter they show. */
    VisitFilter show(VisitFilter shown) {
        return state.show(() -> {
            provider.setValue(shown.providerId() == null ? null
                    : providers.findChoice(shown.providerId()).orElse(null));
            from.setValue(shown.from());
            to.setValue(shown.to());
            type.setValue(shown.type());
            judgement.setValue(shown.judgement());
            status.setValue(shown.status());
            school.setValue(school.getListDataView().getItems()
                    .filter(one -> shown.schoolId() != null && one.id() == shown.schoolId()).findFirst().orElse(null));
            openConcern.setValue(shown.openConcern());
            mine.setValue(shown.mine());
        }, () -> shown.withSchool(school.getValue() == null ? null : school.getValue().id())
                .withProvider(provider.getValue() == null ? null : provider.getValue().id()));
    }
}
