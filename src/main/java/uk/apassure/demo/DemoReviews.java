package uk.apassure.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import uk.apassure.placement.PlacementRow;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementStatus;
import uk.apassure.review.Attendee;
import uk.apassure.review.Progress;
import uk.apassure.review.ReviewDecision;
import uk.apassure.review.ReviewDraft;
import uk.apassure.review.ReviewKind;
import uk.apassure.review.ReviewService;
import uk.apassure.security.SubjectRunner;

/**
 * Reviews of Meadowbank's active placements in the demo: three formal reviews without improvement
 * of one (SLT see "consider ending"), a draft waiting for sign-off, and none yet for the
 * longest-running one, which missed its first half-term (AP lead and SLT see it overdue).
 * Fictional words throughout.
 */
@Component
@Profile("demo")
class DemoReviews {

    private final ReviewService reviews;
    private final PlacementService placements;
    private final SubjectRunner runner;
    private final Clock clock;

    DemoReviews(ReviewService reviews, PlacementService placements, SubjectRunner runner, Clock clock) {
        this.reviews = reviews;
        this.placements = placements;
        this.runner = runner;
        this.clock = clock;
    }

    void create() {
        LocalDate today = LocalDate.now(clock);
        List<PlacementRow> active = runner.callAs("slt", () -> placements.list(uk.apassure.placement.PlacementFilter.ANY.withStatus(PlacementStatus.ACTIVE),
                PageRequest.of(0, 20)));
        PlacementRow callum = pupil(active, "Callum");
        PlacementRow bethany = pupil(active, "Bethany");
        for (int week = 1; week <= 3; week++) {
            signed(callum.id(), minDate(callum.startsOn().plusWeeks(week), today), ReviewKind.FORMAL, false,
                    Progress.NONE, ReviewDecision.CHANGE, "Left site twice; refuses the written tasks.");
        }
        long draft = runner.callAs("aplead", () -> reviews.start(bethany.id()));
        runner.runAs("aplead", () -> {
            ReviewDraft review = reviews.get(draft).draft();
            review.setAttended(Attendee.PROVIDER, true);
            review.setAttended(Attendee.PUPIL, true);
            review.setAttendancePercent(new BigDecimal("91"));
            review.setAttendanceReason("Provider's weekly attendance e-mails");
            review.setBehaviour("Logs in every session; camera on in small groups.");
            reviews.saveDraft(draft, review);
        });
    }

    private void signed(long placementId, LocalDate heldOn, ReviewKind kind, @Nullable Boolean improved, Progress progress,
            ReviewDecision decision, String behaviour) {
        long id = runner.callAs("aplead", () -> reviews.start(placementId));
        runner.runAs("slt", () -> {
            ReviewDraft review = reviews.get(id).draft();
            review.setHeldOn(heldOn);
            review.setKind(kind);
            review.setImproved(improved);
            review.setAttended(Attendee.PROVIDER, true);
            review.setAttended(Attendee.PUPIL, true);
            review.setAttended(Attendee.PARENTS, true);
            review.setAttendeeNames("Key worker at the provider; the pupil's mother");
            review.setAttendancePercent(new BigDecimal(progress == Progress.NONE ? "68" : "88"));
            review.setAttendanceReason("Provider's weekly returns");
            review.getOutcomes().forEach(line -> line.setProgress(progress));
            review.setBehaviour(behaviour);
            review.setWelfare("No welfare concerns raised by the provider.");
            review.setPupilViews(progress == Progress.NONE ? "Finds the days long." : "Likes working outdoors.");
            review.setParentViews("Want regular updates by phone.");
            review.setDecision(decision);
            review.setDecisionNote(decision == ReviewDecision.CHANGE ? "Shorter days and a mentor check-in"
                    : "Carry on as agreed");
            review.setNextReviewOn(heldOn.plusWeeks(6));
            reviews.signOff(id, review);
        });
    }

    private static LocalDate minDate(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static PlacementRow pupil(List<PlacementRow> rows, String firstName) {
        return rows.stream().filter(row -> row.pupilName().startsWith(firstName + " ")).findFirst().orElseThrow();
    }
}
