package uk.apassure.placement.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.apassure.base.ui.FieldChecks;
import uk.apassure.calendar.Session;
import uk.apassure.placement.TimetableSession;
import uk.apassure.provider.ProviderChoice;
import uk.apassure.provider.ProviderPage;
import uk.apassure.provider.ProviderService;

/**
 * One provider's part of a placement's week: the provider, its site, and for each weekday a
 * morning and an afternoon that can be ticked, with their times (09:00-12:00 and 13:00-15:00 to
 * start with).
 */
class TimetableEditor extends Div {

    final ComboBox<ProviderChoice> provider = new ComboBox<>("Provider");
    final Select<ProviderPage.Site> site = new Select<>();
    final List<Row> rows = new ArrayList<>();

    TimetableEditor(ProviderService providers) {
        addClassName("card");
        provider.setItems(query -> providers.visitable(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        provider.setItemLabelGenerator(ProviderChoice::name);
        provider.setWidthFull();
        site.setLabel("Site");
        site.setItemLabelGenerator(ProviderPage.Site::address);
        site.setWidthFull();
        provider.addValueChangeListener(e -> {
            List<ProviderPage.Site> sites = e.getValue() == null ? List.of() : providers.get(e.getValue().id()).sites();
            site.setItems(sites);
            sites.stream().findFirst().ifPresent(site::setValue);
        });
        Div grid = new Div();
        grid.addClassName("timetable-grid");
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            Span name = new Span(day.getDisplayName(java.time.format.TextStyle.FULL, Locale.UK));
            name.addClassName("half-term-name");
            grid.add(name);
            for (Session session : Session.values()) {
                Row row = new Row(day, session);
                rows.add(row);
                grid.add(row);
            }
        }
        add(provider, site, grid);
    }

    /** Shows one provider's sessions at one of its sites (a placement being edited). */
    void show(ProviderChoice at, long siteId, List<TimetableSession> sessions) {
        provider.setValue(at);
        site.getListDataView().getItems().filter(s -> s.id() == siteId).findFirst().ifPresent(site::setValue);
        for (TimetableSession session : sessions) {
            rows.stream().filter(r -> r.day == session.day() && r.session == session.session()).findFirst()
                    .ifPresent(row -> {
                        row.on.setValue(true);
                        row.from.setValue(session.startsAt());
                        row.to.setValue(session.endsAt());
                    });
        }
    }

    /** The ticked sessions; empty when no provider and site are chosen. */
    List<TimetableSession> sessions() {
        if (provider.getValue() == null || site.getValue() == null) {
            return List.of();
        }
        return rows.stream().filter(r -> r.on.getValue() && r.from.getValue() != null && r.to.getValue() != null)
                .map(r -> new TimetableSession(r.day, r.session, provider.getValue().id(), site.getValue().id(),
                        r.from.getValue(), r.to.getValue()))
                .toList();
    }

    /** A morning or an afternoon of one weekday. */
    static class Row extends Div {
        final DayOfWeek day;
        final Session session;
        final Checkbox on;
        final TimePicker from = new TimePicker();
        final TimePicker to = new TimePicker();

        Row(DayOfWeek day, Session session) {
            this.day = day;
            this.session = session;
            addClassName("timetable-row");
            on = new Checkbox(session.label());
            for (TimePicker picker : List.of(from, to)) {
                picker.setLocale(Locale.UK);
                picker.setStep(java.time.Duration.ofMinutes(15));
                FieldChecks.time(picker);
                picker.setAriaLabel(day + " " + session.label() + (picker == from ? " from" : " to"));
                picker.setEnabled(false);
            }
            from.setValue(session == Session.AM ? LocalTime.of(9, 0) : LocalTime.of(13, 0));
            to.setValue(session == Session.AM ? LocalTime.of(12, 0) : LocalTime.of(15, 0));
            on.addValueChangeListener(e -> {
                from.setEnabled(e.getValue());
                to.setEnabled(e.getValue());
            });
            add(on, from, to);
        }
    }
}
