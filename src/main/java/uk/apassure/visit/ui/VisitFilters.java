package uk.apassure.visit.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.ui.DateFields;
import uk.apassure.base.ui.FilterFields;
import uk.apassure.organisation.SchoolService.SchoolSummary;
import uk.apassure.provider.ProviderChoice;
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
    private VisitFilter filter = VisitFilter.ANY;
    private boolean showing;

    /**
     * @param schools offered as a filter when there are several (trust-wide users)
     * @param records whether the user records visits ("only visits I recorded" makes sense)
     */
    VisitFilters(ProviderService providers, List<SchoolSummary> schools, boolean records, LocalDate today,
            Consumer<VisitFilter> onChange) {
        this.providers = providers;
        addClassName("filter-bar");
        provider = new ProviderPicker(providers, null);
        provider.setPlaceholder("Any provider");
        provider.setAriaLabel("Provider");
        provider.addValueChangeListener(e -> change(filter.withProvider(e.getValue() == null ? null : e.getValue().id()),
                onChange));
        from = DateFields.date("", today);
        from.setPlaceholder("From dd/mm/yyyy");
        from.setAriaLabel("From");
        from.addValueChangeListener(e -> change(filter.withFrom(e.getValue()), onChange));
        to = DateFields.date("", today);
        to.setPlaceholder("To dd/mm/yyyy");
        to.setAriaLabel("To");
        to.addValueChangeListener(e -> change(filter.withTo(e.getValue()), onChange));
        FilterFields.choice(type, "Any type", "Type", List.of(VisitType.values()), VisitType::label);
        type.addValueChangeListener(e -> change(filter.withType(e.getValue()), onChange));
        FilterFields.choice(judgement, "Any judgement", "Judgement in any area", List.of(Judgement.values()),
                Judgement::label);
        judgement.addValueChangeListener(e -> change(filter.withJudgement(e.getValue()), onChange));
        FilterFields.choice(status, "Any status", "Status", List.of(VisitStatus.values()), VisitStatus::label);
        status.addValueChangeListener(e -> change(filter.withStatus(e.getValue()), onChange));
        FilterFields.choice(school, "Any school", "School", schools, SchoolSummary::name);
        school.addValueChangeListener(e -> change(filter.withSchool(e.getValue() == null ? null : e.getValue().id()),
                onChange));
        openConcern.addValueChangeListener(e -> change(filter.withOpenConcern(e.getValue()), onChange));
        mine.addValueChangeListener(e -> change(filter.withMine(e.getValue()), onChange));
        add(provider, from, to, type, judgement, status);
        if (schools.size() > 1) {
            add(school);
        }
        add(openConcern);
        if (records) {
            add(mine);
        }
    }

    /** Sets every field from {@code shown} (e.g. read from the address); the user's next change starts from it. */
    void show(VisitFilter shown) {
        showing = true;
        provider.setValue(shown.providerId() == null ? null : choice(shown.providerId()));
        from.setValue(shown.from());
        to.setValue(shown.to());
        type.setValue(shown.type());
        judgement.setValue(shown.judgement());
        status.setValue(shown.status());
        school.setValue(school.getListDataView().getItems()
                .filter(one -> shown.schoolId() != null && one.id() == shown.schoolId()).findFirst().orElse(null));
        openConcern.setValue(shown.openConcern());
        mine.setValue(shown.mine());
        filter = shown.withSchool(school.getValue() == null ? null : school.getValue().id())
                .withProvider(provider.getValue() == null ? null : provider.getValue().id());
        showing = false;
    }

    VisitFilter filter() {
        return filter;
    }

    private @Nullable ProviderChoice choice(long providerId) {
        try {
            return providers.choice(providerId);
        } catch (ProviderService.NotFound e) {
            return null;
        }
    }

    private void change(VisitFilter next, Consumer<VisitFilter> onChange) {
        if (showing) {
            return;
        }
        filter = next;
        onChange.accept(next);
    }
}
