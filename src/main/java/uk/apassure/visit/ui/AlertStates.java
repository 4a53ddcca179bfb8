package uk.apassure.visit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import uk.apassure.base.time.UkDates;
import uk.apassure.visit.AlertState;
import uk.apassure.visit.VisitPage;

/**
 * The e-mail alert to each DSL of a concern, as it stands: queued, sent, or failed with the reason.
 * It says "sent" only for what the mail server accepted, and tells the person who raised the
 * concern to phone the DSL while any alert has not gone out. Updated in place as the sender tries
 * ({@link ConcernRelay}).
 */
class AlertStates extends Div {

    private final boolean adviseToPhone;

    /** @param adviseToPhone the reader is not a DSL of the school (who would be phoning themselves) */
    AlertStates(List<VisitPage.Alert> alerts, boolean adviseToPhone) {
        this.adviseToPhone = adviseToPhone;
        addClassName("alert-states");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        show(alerts);
    }

    void show(List<VisitPage.Alert> alerts) {
        removeAll();
        add(new H4("E-mail to the school's DSLs"));
        for (VisitPage.Alert alert : alerts) {
            Span who = new Span(alert.recipient() + ": ");
            Span state = new Span(describe(alert));
            state.addClassNames("alert-state", alert.state().name().toLowerCase(java.util.Locale.ROOT));
            Div line = new Div(who, state);
            line.addClassName("alert-line");
            add(line);
        }
        Paragraph summary = new Paragraph(summary(alerts));
        summary.addClassName("alert-summary");
        if ((adviseToPhone && alerts.stream().anyMatch(alert -> alert.state() != AlertState.SENT)) || alerts.isEmpty()) {
            summary.addClassName("phone-dsl");
        }
        add(summary);
    }

    static String describe(VisitPage.Alert alert) {
        return switch (alert.state()) {
            case QUEUED -> "queued, not sent yet";
            case SENT -> "sent " + UkDates.dateTime(alert.sentAt());
            case FAILED -> "failed: " + alert.reason() + tries(alert);
        };
    }

    private static String tries(VisitPage.Alert alert) {
        if (alert.attempts() == 0) {
            return alert.nextAttemptAt() == null ? " (not tried)" : "";
        }
        String tried = " (" + alert.attempts() + (alert.attempts() == 1 ? " try" : " tries") + ", last "
                + UkDates.time(alert.lastAttemptAt());
        return tried + (alert.nextAttemptAt() == null ? "; no more tries)" : "; trying again at "
                + UkDates.time(alert.nextAttemptAt()) + ")");
    }

    private String summary(List<VisitPage.Alert> alerts) {
        if (alerts.isEmpty()) {
            return "This school has no designated safeguarding lead in AP Assure, so nobody was e-mailed."
                    + (adviseToPhone ? " Phone your DSL now." : "");
        }
        long failed = alerts.stream().filter(alert -> alert.state() == AlertState.FAILED).count();
        long queued = alerts.stream().filter(alert -> alert.state() == AlertState.QUEUED).count();
        if (failed > 0) {
            return (failed == alerts.size() ? "No DSL has been e-mailed." : "Not every DSL has been e-mailed.")
                    + (adviseToPhone ? " Phone the DSL now and tell them about this concern." : "")
                    + " AP Assure keeps trying where it can.";
        }
        if (queued > 0) {
            return "The e-mail is queued, not sent yet." + (adviseToPhone ? " If a child is at risk now, phone the DSL." : "");
        }
        return "Every DSL of the school has been e-mailed (the e-mail links here; it holds no details).";
    }
}
