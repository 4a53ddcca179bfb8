package uk.apassure.visit.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import uk.apassure.base.domain.Text;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.Notices;
import uk.apassure.base.ui.TextLimit;
import uk.apassure.security.AccessGuard;
import uk.apassure.visit.ConcernService;
import uk.apassure.visit.VisitPage;
import uk.apassure.visit.VisitService;

/**
 * The safeguarding concern of a visit. With none yet, a form to raise one that also works with no
 * signal: scripts/visit-concern.js keeps a concern raised offline on the tablet and raises it here
 * ({@link #raiseKept}) when the connection returns. Once raised: the concern as the reader may see
 * it (its text only for the school's DSLs, the headteacher and its author), the state of each DSL's
 * e-mail, updated as it changes, and for a DSL of the school the outcome and "close".
 */
class ConcernPanel extends Div {

    static final String OFFLINE = "You are offline: the concern is kept on this tablet and will be sent when the"
            + " connection returns. If a child is at risk now, phone the DSL.";

    private final ConcernService concerns;
    private final VisitPage page;
    private final Runnable reload;

    ConcernPanel(ConcernService concerns, ConcernRelay relay, VisitPage page, Runnable reload) {
        this.concerns = concerns;
        this.page = page;
        this.reload = reload;
        addClassName("concern-panel");
        VisitPage.Concern concern = page.concern();
        if (concern == null) {
            if (page.canRaiseConcern()) {
                add(raiseForm());
            }
            return;
        }
        addClassName(concern.open() ? "open" : "closed");
        add(new H3(concern.open() ? "Open safeguarding concern" : "Safeguarding concern (closed)"));
        if (concern.readable()) {
            add(new Paragraph(concern.description()));
        } else {
            Paragraph restricted = new Paragraph("Only the school's DSLs, the headteacher and the person who raised"
                    + " it can read this concern.");
            restricted.addClassName("concern-restricted");
            add(restricted);
        }
        Paragraph raised = new Paragraph("Raised by " + concern.raisedBy() + ", " + UkDates.dateTime(concern.raisedAt()));
        raised.addClassName("hint");
        add(raised);
        if (concern.readable()) {
            AlertStates states = new AlertStates(concern.alerts(), !page.canCloseConcern());
            relay.followAlerts(states, concern.id(), states::show);
            add(states);
        }
        if (!concern.open()) {
            if (concern.readable()) {
                add(new Paragraph("Outcome: " + concern.outcome()));
            }
            Paragraph closed = new Paragraph("Closed by " + concern.closedBy() + ", " + UkDates.dateTime(concern.closedAt()));
            closed.addClassName("hint");
            add(closed);
        } else if (page.canCloseConcern()) {
            add(closeForm(concern));
        }
    }

    private Details raiseForm() {
        TextArea description = new TextArea("What is the concern?");
        description.setHelperText("Raising it e-mails every DSL of the school and alerts them in AP Assure;"
                + " this page then shows whether each e-mail went.");
        TextLimit.atMost(4000, description);
        description.setWidthFull();
        description.setMinHeight("8rem");
        description.getElement().setAttribute("data-concern-text", "");
        Button raise = new Button("Raise concern", VaadinIcon.WARNING.create(), click -> {
            if (VisitAttempt.run(() -> concerns.raise(page.id(), description.getValue()))) {
                forgetKeptCopy();
                Notices.saved("Concern raised. Below: whether each DSL's e-mail has gone.");
                reload.run();
            }
        });
        raise.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        raise.addClassName("raise-concern");
        raise.getElement().setAttribute("data-concern-raise", "");
        // shown by visit-concern.js while the browser is offline or holds a concern not yet sent
        Div offline = new Div(OFFLINE);
        offline.addClassName("concern-offline");
        offline.getElement().setAttribute("data-concern-offline", "");
        offline.getElement().setAttribute("role", "alert");
        offline.getElement().setAttribute("hidden", "");
        Div body = new Div(description, offline, raise);
        body.addClassName("raise-concern-body");
        Details details = new Details("Raise a safeguarding concern", body);
        details.addClassName("raise-concern-section");
        return details;
    }

    private Div closeForm(VisitPage.Concern concern) {
        TextArea outcome = new TextArea("Outcome");
        TextLimit.atMost(4000, outcome);
        outcome.setWidthFull();
        Button close = new Button("Record outcome and close", click -> {
            if (VisitAttempt.run(() -> concerns.close(concern.id(), concerns.version(concern.id()),
                    outcome.getValue()))) {
                Notices.saved("Concern closed");
                reload.run();
            }
        });
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClassName("close-concern");
        return new Div(outcome, close);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (page.concern() == null && page.canRaiseConcern()) {
            event.getUI().getPage().addJavaScript("context://scripts/visit-concern.js");
            getElement().executeJs("const root = this, key = $0;"
                    + "(function go() { window.apVisitConcern ? window.apVisitConcern.watch(root, key)"
                    + " : setTimeout(go, 50); })();", String.valueOf(page.id()));
        }
    }

    /**
     * A concern raised while the tablet was offline, sent by visit-concern.js when the connection
     * returns (or the page is next opened). "raised" and "exists" let the script drop its copy;
     * "refused" keeps the text in the form for the user to correct.
     */
    @ClientCallable
    String raiseKept(String description) {
        try {
            concerns.raise(page.id(), description);
        } catch (ConcernService.AlreadyRaised e) {
            Notices.problem("A concern had already been raised on this visit, so the one kept on this tablet was not"
                    + " raised again. Tell the DSL if it adds anything. It said: " + description);
            forgetKeptCopy();
            reload.run();
            return "exists";
        } catch (VisitService.InvalidVisit | VisitService.NotFound | Text.HiddenCharacter
                | AccessGuard.AccessDeniedException e) {
            Notices.problem("The concern kept on this tablet was not raised: " + e.getMessage());
            return "refused";
        }
        Notices.saved("The concern kept on this tablet has been raised. Below: whether each DSL's e-mail has gone.");
        // the page, not this panel: the reload below replaces the panel before its answer reaches the script
        forgetKeptCopy();
        reload.run();
        return "raised";
    }

    private void forgetKeptCopy() {
        UI.getCurrent().getPage().executeJs("window.apVisitConcern && window.apVisitConcern.raised($0)",
                String.valueOf(page.id()));
    }
}
