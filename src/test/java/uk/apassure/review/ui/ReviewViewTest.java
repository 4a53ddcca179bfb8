package uk.apassure.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasErrorParameter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.placement.ui.PlacementView;
import uk.apassure.review.Attendee;
import uk.apassure.review.Progress;
import uk.apassure.review.ReviewDraft;
import uk.apassure.review.ReviewDecision;
import uk.apassure.review.ReviewFixtures;
import uk.apassure.review.ReviewKind;
import uk.apassure.review.ReviewService;
import uk.apassure.review.ReviewStatus;
import uk.apassure.security.SubjectRunner;

/**
 * The reviews panel and the review form: an AP lead starts a review from the placement page and
 * every change is autosaved; SLT signs it off; another school's staff and an address with the
 * wrong placement answer "not found".
 */
class ReviewViewTest extends ViewTest {

    @Autowired
    ReviewFixtures fixtures;

    @Autowired
    ReviewService reviews;

    @Autowired
    SubjectRunner subjects;

    @Test
    void an_ap_lead_starts_a_review_on_the_placement_page_and_it_saves_as_they_type_then_slt_signs_it_off() {
        long placement = fixtures.activeAtA2(fixtures.provider("View review farm"));
        signInAs("a2.aplead");
        navigate(PlacementView.class, placement);
        assertThat($(Span.class).withClassName("review-state").single().getText()).isEqualTo("Overdue");
        test($(Button.class).withClassName("start-review").single()).click();

        ReviewView view = (ReviewView) getCurrentView();
        String address = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(address).startsWith("placements/" + placement + "/reviews/");
        long reviewId = Long.parseLong(address.substring(address.lastIndexOf('/') + 1));
        ReviewForm form = view.form();
        assertThat(form.progress).hasSize(2);
        assertThat(form.improved.isVisible()).isFalse();
        test(form.behaviour).setValue("Calmer at the farm than at school");
        form.kind.setValue(ReviewKind.FORMAL);
        assertThat(form.improved.isVisible()).isTrue();
        assertThat(subjects.callAs("a2.aplead", () -> reviews.get(reviewId)).draft().getBehaviour())
                .isEqualTo("Calmer at the farm than at school");
        assertThat($(Button.class).withClassName("sign-off-review").exists()).isFalse();

        signInAs("a2.slt");
        UI.getCurrent().navigate(address);
        ReviewView slt = (ReviewView) getCurrentView();
        test($(Button.class).withClassName("sign-off-review").single()).click();
        assertThat(slt.shownProblems()).contains("Say whether progress improved since the last formal review.",
                "Enter the attendance for the period.");
        ReviewForm sltForm = slt.form();
        sltForm.attendancePercent.setValue(new BigDecimal("90"));
        test(sltForm.attendanceReason).setValue("Provider's registers");
        sltForm.progress.forEach(group -> group.setValue(Progress.SOME));
        sltForm.improved.setValue(Boolean.TRUE);
        sltForm.decision.setValue(ReviewDecision.REINTEGRATE);
        test($(Button.class).withClassName("sign-off-review").single()).click();
        assertThat(subjects.callAs("a2.slt", () -> reviews.get(reviewId)).status()).isEqualTo(ReviewStatus.SIGNED);
        assertThat($(Anchor.class).withClassName("review-pdf-parents").exists()).isTrue();
        assertThat($(Button.class).withClassName("amend-review").exists()).isTrue();

        signInAs("a1.slt");
        UI.getCurrent().navigate(address);
        assertThat(getCurrentView()).isNotInstanceOf(ReviewView.class).isInstanceOf(HasErrorParameter.class);
        signInAs("a2.slt");
        UI.getCurrent().navigate("placements/" + (placement + 1000) + "/reviews/" + reviewId);
        assertThat(getCurrentView()).isInstanceOf(HasErrorParameter.class);
    }

    @Test
    void a_browser_copy_is_put_into_the_draft_unless_the_draft_was_saved_elsewhere_since() {
        long placement = fixtures.activeAtA2(fixtures.provider("Offline review farm"));
        long reviewId = subjects.callAs("a2.aplead", () -> reviews.start(placement));
        String address = "placements/" + placement + "/reviews/" + reviewId;
        signInAs("a2.aplead");
        UI.getCurrent().navigate(address);
        ReviewView view = (ReviewView) getCurrentView();
        long typedOver = view.form().draft().getVersion();
        assertThat(view.form().behaviour.getElement().getAttribute("data-draft")).isEqualTo("behaviour");

        // typed while offline over the version this page showed: put in and saved
        view.restore("{\"behaviour\":\"Typed in the meeting\",\"attendee.PARENTS\":\"true\"}",
                String.valueOf(typedOver));
        ReviewDraft saved = subjects.callAs("a2.aplead", () -> reviews.get(reviewId)).draft();
        assertThat(saved.getBehaviour()).isEqualTo("Typed in the meeting");
        assertThat(saved.attended(Attendee.PARENTS)).isTrue();

        // an old copy arrives on a page opened after another device saved: the user is asked, nothing is put over it
        UI.getCurrent().navigate("placements/" + placement);
        UI.getCurrent().navigate(address);
        ReviewView reopened = (ReviewView) getCurrentView();
        reopened.restore("{\"behaviour\":\"An older copy\"}", String.valueOf(typedOver));
        assertThat($(ConfirmDialog.class).withClassName("newer-save-dialog").exists()).isTrue();
        assertThat(subjects.callAs("a2.aplead", () -> reviews.get(reviewId)).draft().getBehaviour())
                .isEqualTo("Typed in the meeting");
    }
}
