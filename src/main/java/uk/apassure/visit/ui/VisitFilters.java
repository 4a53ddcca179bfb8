package uk.apassure.visit.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;
import uk.apassure.provider.ProviderService;
import uk.apassure.visit.Judgement;
import uk.apassure.visit.VisitFilter;
import uk.apassure.visit.VisitType;

/** The filter bar of the visit grid: provider, date range, type, judgement, open concerns. */
class VisitFilters extends Div {

    final Checkbox openConcern = new Checkbox("Open concerns only");
    private VisitFilter filter;

    VisitFilters(ProviderService providers, VisitFilter initial, Consumer<VisitFilter> onChange) {
        this.filter = initial;
        addClassName("filter-bar");
        ProviderPicker provider = new ProviderPicker(providers, null);
        provider.setPlaceholder("Any provider");
        provider.setAriaLabel("Provider");
        provider.addValueChangeListener(e -> apply(filter.withProvider(e.getValue() == null ? null : e.getValue().id()),
                onChange));

        DatePicker from = new DatePicker();
        from.setPlaceholder("From");
        from.setAriaLabel("From");
        from.setLocale(java.util.Locale.UK);
        from.addValueChangeListener(e -> apply(filter.withFrom(e.getValue()), onChange));
        DatePicker to = new DatePicker();
        to.setPlaceholder("To");
        to.setAriaLabel("To");
        to.setLocale(java.util.Locale.UK);
        to.addValueChangeListener(e -> apply(filter.withTo(e.getValue()), onChange));

        ComboBox<VisitType> type = new ComboBox<>();
        type.setPlaceholder("Any type");
        type.setAriaLabel("Type");
        type.setItems(VisitType.values());
        type.setItemLabelGenerator(VisitType::label);
        type.setClearButtonVisible(true);
        type.addValueChangeListener(e -> apply(filter.withType(e.getValue()), onChange));

        ComboBox<Judgement> judgement = new ComboBox<>();
        judgement.setPlaceholder("Any judgement");
        judgement.setAriaLabel("Judgement in any area");
        judgement.setItems(Judgement.values());
        judgement.setItemLabelGenerator(Judgement::label);
        judgement.setClearButtonVisible(true);
        judgement.addValueChangeListener(e -> apply(filter.withJudgement(e.getValue()), onChange));

        openConcern.setValue(initial.openConcern());
        openConcern.addValueChangeListener(e -> apply(filter.withOpenConcern(e.getValue()), onChange));
        add(provider, from, to, type, judgement, openConcern);
    }

    private void apply(VisitFilter next, Consumer<VisitFilter> onChange) {
        filter = next;
        onChange.accept(next);
    }
}
