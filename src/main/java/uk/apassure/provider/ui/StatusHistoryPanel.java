package uk.apassure.provider.ui;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import uk.apassure.base.time.UkDates;
import uk.apassure.provider.ProviderPage;

/** Who changed the status, when, from what, to what, and why: newest first. */
class StatusHistoryPanel extends ProviderView.Section {


    StatusHistoryPanel(List<ProviderPage.StatusChange> history) {
        super("Status history", null);
        for (ProviderPage.StatusChange change : history) {
            String what = change.from() == null ? change.to().label()
                    : change.from().label() + " → " + change.to().label();
            Span heading = new Span(what);
            heading.addClassName("card-title");
            Span who = new Span(change.by() + " · " + UkDates.dateTime(change.at()));
            who.addClassName("history-who");
            Span why = new Span(change.reason());
            why.addClassName("card-body");
            Div entry = new Div(heading, who, why);
            entry.addClassNames("card", "history-entry");
            add(entry);
        }
    }
}
