package uk.apassure.pupilrisk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.Attempt;
import uk.apassure.base.ui.DateFields;
import uk.apassure.base.ui.EditDialog;
import uk.apassure.base.ui.FieldChecks;
import uk.apassure.base.ui.Notices;
import uk.apassure.placement.PlacementPage;
import uk.apassure.placement.PlacementStatus;
import uk.apassure.pupilrisk.PupilRiskPage;
import uk.apassure.pupilrisk.PupilRiskService;
import uk.apassure.pupilrisk.PupilRiskState;
import uk.apassure.pupilrisk.RiskLine;

/**
 * The placement page's "Pupil risk assessment": where it stands, the current version with its
 * risks, the draft and its approval, "confirm unchanged" at a review, the earlier versions and
 * every review; links to the providers' pages for their own risk assessments. Text is set as text,
 * never as HTML.
 */
class PupilRiskPanel extends Div {

    private final PupilRiskService risks;
    private final PlacementPage placement;
    private final Clock clock;

    PupilRiskPanel(PupilRiskService risks, PlacementPage placement, Clock clock) {
        this.risks = risks;
        this.placement = placement;
        this.clock = clock;
        addClassName("pupil-risk-panel");
        setWidthFull();
        show(risks.forPlacement(placement.id()));
    }

    private void refresh() {
        show(risks.forPlacement(placement.id()));
    }

    private void show(PupilRiskPage page) {
        removeAll();
        add(new H3("Pupil risk assessment"));
        Span state = new Span(page.state().label());
        state.addClassNames("tag", "pupil-risk-state", "pupil-risk-state-" + page.state().name().toLowerCase());
        add(state);
        if (page.current() == null && page.placementStatus() == PlacementStatus.PROPOSED) {
            Paragraph needed = new Paragraph("Required before the placement starts (001 §4.3): record the pupil's"
                    + " risks with the controls agreed with the provider, then the DSL, SLT or headteacher approves it.");
            needed.addClassName("hint");
            add(needed);
        }
        add(providerLinks());
        add(actions(page));
        if (page.current() != null) {
            add(version(page.current(), "Current version"));
        }
        if (page.draft() != null) {
            add(version(page.draft(), "Draft"));
        }
        if (!page.earlier().isEmpty()) {
            Div earlier = new Div();
            page.earlier().forEach(v -> earlier.add(version(v, "Earlier version")));
            Details details = new Details("Earlier versions (" + page.earlier().size() + ")", earlier);
            details.addClassName("pupil-risk-earlier");
            add(details);
        }
        if (!page.reviews().isEmpty()) {
            Div log = new Div();
            for (PupilRiskPage.ReviewEntry entry : page.reviews()) {
                Paragraph line = new Paragraph(UkDates.date(entry.on()) + " · version " + entry.versionNumber() + " · "
                        + entry.outcome().label() + " · " + entry.by() + (entry.note().isEmpty() ? "" : ": "
                        + entry.note()));
                log.add(line);
            }
            Details details = new Details("Reviews of the risk assessment (" + page.reviews().size() + ")", log);
            details.addClassName("pupil-risk-reviews");
            add(details);
        }
    }

    /** The provider's own (site and activity) risk assessment is on its page. */
    private Div providerLinks() {
        Div links = new Div();
        links.addClassName("pupil-risk-providers");
        links.add(new Span("Provider risk assessments: "));
        boolean first = true;
        for (PlacementPage.ProviderAtPlacement provider : placement.providers()) {
            if (!first) {
                links.add(new Span(", "));
            }
            links.add(new Anchor("providers/" + provider.id(), provider.name()));
            first = false;
        }
        return links;
    }

    private Div actions(PupilRiskPage page) {
        Div actions = new Div();
        actions.addClassName("card-actions");
        if (page.canEdit()) {
            String label = page.draft() != null ? "Edit the draft…"
                    : page.current() != null ? "Start a new version…" : "Write the risk assessment…";
            Button write = new Button(label, click -> write(page));
            if (page.current() == null) {
                write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(write);
        }
        if (page.canApprove() && page.draft() != null) {
            Button approve = new Button("Approve…", click -> approve(page.draft()));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(approve);
        }
        if (page.canApprove() && page.current() != null) {
            actions.add(new Button("Confirm unchanged…", click -> confirm(page.current())));
        }
        if (page.canEdit() && page.current() != null && page.state() != PupilRiskState.REVIEW_NEEDED) {
            actions.add(new Button("Needs review…", click -> needsReview(page.current())));
        }
        return actions;
    }

    private Div version(PupilRiskPage.Version version, String title) {
        Div card = new Div();
        card.addClassNames("card", "pupil-risk-version", "pupil-risk-" + version.status().name().toLowerCase());
        Span heading = new Span(title + " · version " + version.number());
        heading.addClassName("card-title");
        card.add(heading);
        String who = version.approvedBy() == null
                ? "Written by " + version.draftedBy() + ", last saved " + UkDates.date(LocalDate.ofInstant(
                        version.updatedAt(), clock.getZone()))
                : "Approved by " + version.approvedBy() + " on " + UkDates.date(version.approvedOn());
        card.add(new Span(who));
        if (version.status() == uk.apassure.pupilrisk.RiskStatus.APPROVED) {
            card.add(new Span("Last reviewed " + UkDates.date(version.lastReviewedOn())
                    + (version.reviewDueOn() == null ? "" : " · next review " + UkDates.date(version.reviewDueOn()))));
            if (version.reviewNeededReason() != null) {
                Span reason = new Span("Needs review: " + version.reviewNeededReason());
                reason.addClassName("overdue-text");
                card.add(reason);
            }
        }
        if (version.lines().isEmpty()) {
            card.add(new Span("No risks recorded yet."));
        }
        for (RiskLine line : version.lines()) {
            card.add(line(line));
        }
        return card;
    }

    private static Div line(RiskLine line) {
        Div box = new Div();
        box.addClassName("pupil-risk-line");
        Span area = new Span(line.area() == null ? "Area not chosen" : line.area().label());
        area.addClassName("pupil-risk-area");
        Span residual = new Span(line.residual() == null ? "Residual not rated"
                : "Residual " + line.residual().label().toLowerCase());
        residual.addClassNames("tag", "pupil-risk-residual");
        box.add(area, residual);
        box.add(new Paragraph(line.risk().isEmpty() ? "(risk not described)" : line.risk()));
        Paragraph controls = new Paragraph("Controls: " + (line.controls().isEmpty() ? "not written yet" : line.controls()));
        controls.addClassName("keep-lines");
        box.add(controls);
        box.add(new Paragraph("Agreed by " + (line.agreedWith().isEmpty() ? "(not named yet)" : line.agreedWith())));
        return box;
    }

    private void write(PupilRiskPage page) {
        PupilRiskPage.Version from = page.draft() != null ? page.draft() : page.current();
        RiskLinesEditor editor = new RiskLinesEditor(from == null ? java.util.List.of() : from.lines());
        Long draftVersion = page.draft() == null ? null : page.draft().version();
        new EditDialog("Pupil risk assessment: " + placement.pupil().name(), editor, "Save draft",
                () -> attempt("Draft saved", () -> risks.saveDraft(placement.id(), draftVersion, editor.value())))
                .open();
    }

    private void approve(PupilRiskPage.Version draft) {
        LocalDate today = LocalDate.now(clock);
        var on = DateFields.pastDate("Approved on", today);
        on.setValue(today);
        on.setRequiredIndicatorVisible(true);
        Paragraph what = new Paragraph("You approve version " + draft.number() + " with " + draft.lines().size()
                + (draft.lines().size() == 1 ? " risk" : " risks") + ", in your name.");
        new EditDialog("Approve the pupil risk assessment", new Div(what, on), "Approve", () -> readable(on)
                && on.getValue() != null && attempt("Risk assessment approved", () -> risks.approve(placement.id(),
                        draft.version(), on.getValue()))).open();
    }

    private void confirm(PupilRiskPage.Version current) {
        LocalDate today = LocalDate.now(clock);
        var on = DateFields.pastDate("Reviewed on", today);
        on.setValue(today);
        on.setRequiredIndicatorVisible(true);
        TextArea note = new TextArea("Note (optional)");
        FieldChecks.maxLength(note, 1000);
        note.setWidthFull();
        Div form = new Div(on, note);
        new EditDialog("Confirm the risk assessment unchanged", form, "Confirm", () -> readable(form)
                && on.getValue() != null && attempt("Risk assessment reviewed", () -> risks.confirmUnchanged(
                        placement.id(), current.version(), on.getValue(), note.getValue()))).open();
    }

    private void needsReview(PupilRiskPage.Version current) {
        TextArea reason = new TextArea("Why it needs review (a suspension, a concern about the pupil …)");
        FieldChecks.maxLength(reason, 1000);
        reason.setWidthFull();
        new EditDialog("Mark the risk assessment as needing review", reason, "Save", () -> attempt(
                "Marked as needing review", () -> risks.markReviewNeeded(placement.id(), current.version(),
                        reason.getValue()))).open();
    }

    /** The dialog's date and note are readable and within bounds; otherwise each field says what is wrong. */
    private static boolean readable(Component form) {
        return FieldChecks.refused(form).isEmpty();
    }

    /** Runs a change; on success says so and shows the section again; on a refusal says why and keeps the dialog. */
    private boolean attempt(String saved, Runnable change) {
        boolean done = Attempt.run(CHANGED, change);
        if (done) {
            Notices.saved(saved);
            refresh();
        }
        return done;
    }

    private static final String CHANGED = "Someone else changed this risk assessment while you were looking at it."
            + " Reload to see their change.";
}
