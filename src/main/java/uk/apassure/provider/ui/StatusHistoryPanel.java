package uk.apassure.provider.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.apassure.provider.ProviderPage;

/** Who changed the status, when, from what, to what, and why: newest first. */
class StatusHistoryPanel extends ProviderView.Section {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    StatusHistoryPanel(List<ProviderPage.StatusChange> history) {
        super("Status history", null);
        for (ProviderPage.StatusChange change : history) {
            String what = change.from() == null ? change.to().label()
                    : change.from().label() + " → " + change.to().label();
            Span heading = new Span(what);
            heading.addClassName("card-title");
            Span who = new Span(change.by() + " · " + WHEN.format(change.at()));
            who.addClassName("history-who");
            Span why = new Span(change.reason());
            why.addClassName("card-body");
            Div entry = new Div(heading, who, why);
            entry.addClassNames("card", "history-entry");
            add(entry);
        }
    }
}
