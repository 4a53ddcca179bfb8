package uk.apassure.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.AuthorizationException;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.Text;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.AmendmentsPanel;
import uk.apassure.base.ui.Attempt;
import uk.apassure.base.ui.Autosave;
import uk.apassure.base.ui.BrowserDraftCopy;
import uk.apassure.base.ui.FieldChecks;
import uk.apassure.base.ui.Notices;
import uk.apassure.base.ui.SaveState;
import uk.apassure.base.ui.UnsavedChanges;
import uk.apassure.placement.ui.PlacementView;
import uk.apassure.review.ReviewPage;
import uk.apassure.review.ReviewPdf;
import uk.apassure.review.ReviewService;
import uk.apassure.review.ReviewStatus;
import uk.apassure.security.Permission;
import uk.apassure.security.RequiresPermission;

/**
 * One review of a placement ({@code /placements/{placementId}/reviews/{reviewId}}): the form,
 * autosaved on the server a moment after each change while it is a draft; sign-off by SLT or the
 * headteacher; amendments with a reason once signed; the summary PDF for the file and the parents.
 */
@Route("placements/:placementId([0-9]{1,18})/reviews/:reviewId([0-9]{1,18})")
@RequiresPermission(Permission.REVIEW_READ)
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {


    private final ReviewService reviews;
    private final ReviewPdf pdf;
    private final Clock clock;
    private final SaveState saveState = new SaveState();
    private final Div problems = new Div();
    private @Nullable ReviewPage page;
    private ReviewForm form;
    private final Autosave autosave;
    private final BrowserDraftCopy copy = new BrowserDraftCopy(this, "review");

    public ReviewView(ReviewService reviews, ReviewPdf pdf, Clock clock) {
        this.reviews = reviews;
        this.pdf = pdf;
        this.clock = clock;
        addClassName("review-view");
        problems.addClassName("form-errors");
        autosave = new Autosave(saveState, clock, ReviewService.ConcurrentEdit.class,
                ReviewService.ConcurrentEdit.MESSAGE);
    }

    /** The address of a review's page. */
    public static RouteParameters address(long placementId, long reviewId) {
        return new RouteParameters(java.util.Map.of("placementId", String.valueOf(placementId), "reviewId",
                String.valueOf(reviewId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long placementId = event.getRouteParameters().getLong("placementId").orElse(-1L);
        long reviewId = event.getRouteParameters().getLong("reviewId").orElse(-1L);
        try {
            page = reviews.get(reviewId);
        } catch (ReviewService.NotFound e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
            return;
        }
        if (page.placementId() != placementId) {
            event.rerouteToError(NotFoundException.class, "No such review, or not yours to see.");
            return;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return page == null ? "Review" : "Review: " + page.pupilName();
    }

    private void reload() {
        page = reviews.get(page.id());
        render();
    }

    private void render() {
        removeAll();
        problems.removeAll();
        autosave.reset(page.editable());
        RouterLink back = new RouterLink("← " + page.pupilName() + "'s placement", PlacementView.class,
                page.placementId());
        back.addClassName("back-link");
        Span status = new Span(page.status().label());
        status.addClassNames("tag", "review-status");
        Div header = new Div(new H2("Review: " + page.pupilName()), status, saveState);
        header.addClassName("visit-header");
        saveState.show(page.editable() ? "Draft: changes save as you type"
                : page.status() == ReviewStatus.SIGNED ? "Signed off by " + page.signedBy() + ", "
                        + UkDates.date(page.signedAt()) : "Drafted by " + page.draftedBy());
        form = new ReviewForm(page.draft(), LocalDate.now(clock));
        form.setEditable(page.editable());
        form.onChange(this::changed);
        UnsavedChanges.watch(form, () -> !autosave.stored());
        add(back, header, form);
        if (!page.amendments().isEmpty()) {
            add(new AmendmentsPanel(page.amendments()));
        }
        add(problems, buttons());
        // opened from the bottom of the placement page: start at the top of the form
        back.scrollIntoView();
    }

    private Div buttons() {
        Div buttons = new Div();
        buttons.addClassName("form-buttons");
        buttons.add(download("Summary PDF (pupil's file)", ReviewPdf.Copy.FILE, "file"));
        if (page.status() == ReviewStatus.SIGNED) {
            buttons.add(download("Summary PDF for parents", ReviewPdf.Copy.PARENTS, "parents"));
        }
        if (page.canSignOff()) {
            Button signOff = new Button("Sign off review", click -> signOff());
            signOff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            signOff.addClassName("sign-off-review");
            buttons.add(signOff);
        } else if (page.canAmend()) {
            Button amend = new Button("Amend", click -> startAmending(buttons));
            amend.addClassName("amend-review");
            buttons.add(amend);
        }
        return buttons;
    }

    private Anchor download(String label, ReviewPdf.Copy copy, String suffix) {
        long id = page.id();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = pdf.export(id, copy);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "review-" + id + "-" + suffix + ".pdf",
                        "application/pdf", bytes.length);
            } catch (ReviewService.NotFound | ReviewService.InvalidReview e) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            } catch (AuthorizationException e) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            }
        }), label);
        link.setTarget(AnchorTarget.BLANK);
        link.addClassNames("review-pdf", "review-pdf-" + suffix);
        return link;
    }

    private void changed() {
        autosave.changed(this::save);
    }

    /** Stores the draft; what the form cannot take (an impossible date, text too long) stops the save and says why. */
    private void save() {
        List<String> unreadable = form.problems();
        if (!unreadable.isEmpty()) {
            autosave.refuse(unreadable);
            return;
        }
        autosave.save(() -> reviews.saveDraft(page.id(), form.draft()), version -> {
            form.draft().setVersion(version);
            copy.saved(copyKey(), form.offlineValues(), version);
        }, List::of, "review " + page.id());
    }

    /** The key of this review's browser copy (visit drafts use their bare id). */
    private String copyKey() {
        return "review-" + page.id();
    }

    /**
     * A tablet loses its connection in a meeting: what was typed is also kept in the browser
     * (scripts/visit-draft.js, as for visit drafts) and sent when the page is opened again or the
     * connection returns. Cleared at sign-out.
     */
    @Override
    protected void onAttach(AttachEvent event) {
        if (page != null && page.editable()) {
            copy.watch(event, copyKey(), form.draft().getVersion());
        }
    }

    /**
     * The browser copy, sent by the script after a reload or when the connection returns, with the
     * version of the server's draft it was typed over ({@code base}).
     */
    @ClientCallable
    String restore(String json, @Nullable String base) {
        if (page == null || !page.editable()) {
            return json;
        }
        return copy.restore(copyKey(), json, base, form.draft().getVersion(), form.offlineValues(), this::apply);
    }

    /** Puts the browser's values into the form and saves them; answers the values the server now holds. */
    private Map<String, String> apply(Map<String, String> values) {
        autosave.setOn(false);
        try {
            form.restore(values);
        } finally {
            autosave.setOn(true);
        }
        save();
        return page.editable() && autosave.isOn() ? form.offlineValues() : Map.of();
    }

    private void signOff() {
        problems.removeAll();
        List<String> unreadable = form.problems();
        if (!unreadable.isEmpty()) {
            unreadable.forEach(problem -> problems.add(new Div(problem)));
            Notices.problem("Not signed off yet: " + String.join(" ", unreadable));
            return;
        }
        try {
            reviews.signOff(page.id(), form.draft());
        } catch (ReviewService.InvalidReview e) {
            e.problems().forEach(problem -> problems.add(new Div(problem)));
            Notices.problem("Not signed off yet: " + String.join(" ", e.problems()));
            return;
        } catch (ReviewService.ConcurrentEdit | Text.HiddenCharacter e) {
            Notices.problem(e.getMessage());
            return;
        }
        Notices.saved("Review signed off");
        reload();
    }

    private void startAmending(Div buttons) {
        form.setEditable(true);
        buttons.removeAll();
        TextArea reason = new TextArea("Reason for the amendment");
        FieldChecks.maxLength(reason, 2000);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        reason.addClassName("amend-reason");
        Button save = new Button("Save amendment", click -> {
            List<String> unreadable = form.problems();
            if (!unreadable.isEmpty()) {
                Notices.problem("Not saved: " + String.join(" ", unreadable));
            } else if (Attempt.run(ReviewService.ConcurrentEdit.MESSAGE,
                    () -> reviews.amend(page.id(), form.draft(), reason.getValue()))) {
                Notices.saved("Amendment saved");
                reload();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-amendment");
        Button cancel = new Button("Cancel", click -> reload());
        Div bar = new Div(reason, new Div(cancel, save));
        bar.addClassName("amend-bar");
        buttons.add(bar);
        UnsavedChanges.watch(bar, () -> !reason.isEmpty());
    }

    /** Kept for the browserless test: the form as shown. */
    ReviewForm form() {
        return form;
    }

    List<String> shownProblems() {
        return problems.getChildren().map(c -> c.getElement().getText()).toList();
    }
}
