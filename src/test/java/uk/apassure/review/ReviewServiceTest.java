package uk.apassure.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import uk.apassure.IntegrationTest;
import uk.apassure.attendance.AttendanceService;
import uk.apassure.attendance.Mark;
import uk.apassure.base.time.InTermClock;
import uk.apassure.calendar.Session;
import uk.apassure.placement.PlacementFixtures;
import uk.apassure.review.ReviewService.ConcurrentEdit;
import uk.apassure.review.ReviewService.InvalidReview;
import uk.apassure.review.ReviewService.NotFound;
import uk.apassure.security.AccessGuard.AccessDeniedException;
import uk.apassure.visit.ConcernService;
import uk.apassure.visit.VisitService;

/**
 * Reviews in MariaDB: only the pupil's school drafts and reads them (and trust leads read), SLT
 * signs off a complete review, a signed review changes only by an amendment with a reason, and a
 * placement with a missed half-term or a concern at its provider is listed as owing a review.
 */
@Import(InTermClock.class)
class ReviewServiceTest extends IntegrationTest {

    @Autowired
    Clock clock;

    @BeforeEach
    void inTerm() {
        InTermClock.reset(clock);
    }

    @Autowired
    ReviewService reviews;

    @Autowired
    ReviewFixtures fixtures;

    @Autowired
    PlacementFixtures placementFixtures;

    @Autowired
    AttendanceService attendance;

    @Autowired
    VisitService visits;

    @Autowired
    ConcernService concerns;

    private void complete(ReviewDraft draft) {
        draft.setKind(ReviewKind.TERMLY_AGREEMENT);
        draft.setAttended(Attendee.PARENTS, true);
        draft.setAttendancePercent(new BigDecimal("87.5"));
        draft.setAttendanceReason("Provider's weekly returns");
        draft.getOutcomes().forEach(line -> line.setProgress(Progress.ON_TRACK));
        draft.setDecision(ReviewDecision.CONTINUE);
        draft.setNextReviewOn(LocalDate.now(clock).plusWeeks(6));
    }

    @Test
    void a_review_is_drafted_by_the_pupils_school_signed_off_by_slt_and_then_only_amended_with_a_reason() {
        long placement = fixtures.activeAtA2(fixtures.provider("Review farm"));
        long id = as("a2.dsl", () -> reviews.start(placement));
        ReviewPage started = as("a2.dsl", () -> reviews.get(id));
        assertThat(started.draft().getOutcomes()).extracting(ReviewDraft.OutcomeProgress::getOutcome)
                .containsExactly("Attendance above 90%", "A Level 1 qualification");
        assertThat(started.draft().attended(Attendee.SCHOOL)).isTrue();
        assertThat(started.draft().getHeldOn()).isEqualTo(LocalDate.now(clock));
        assertThat(started.editable()).isTrue();
        assertThat(started.canSignOff()).isFalse();

        ReviewDraft draft = started.draft();
        draft.setBehaviour("Settled; one incident in week 3");
        long saved = as("a2.dsl", () -> reviews.saveDraft(id, draft));
        assertThat(saved).isGreaterThan(started.draft().getVersion());
        // an old copy is refused, the newer save kept
        assertThatThrownBy(() -> as("a2.aplead", () -> reviews.saveDraft(id, started.draft())))
                .isInstanceOf(ConcurrentEdit.class);
        draft.setVersion(saved);

        // a DSL drafts but does not sign; SLT signs only a complete review
        assertThatThrownBy(() -> as("a2.dsl", () -> reviews.signOff(id, draft)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a2.slt", () -> reviews.signOff(id, draft)))
                .isInstanceOf(InvalidReview.class)
                .hasMessageContaining("Enter the attendance for the period.")
                .hasMessageContaining("Judge the progress against every planned outcome.")
                .hasMessageContaining("Record the decision.");
        complete(draft);
        long signed = as("a2.slt", () -> reviews.signOff(id, draft));
        ReviewPage page = as("a2.slt", () -> reviews.get(id));
        assertThat(page.status()).isEqualTo(ReviewStatus.SIGNED);
        assertThat(page.signedBy()).isEqualTo("A2 SLT");
        assertThat(page.canAmend()).isTrue();
        assertThat(page.editable()).isFalse();

        ReviewDraft changed = page.draft();
        changed.setAttendancePercent(new BigDecimal("82"));
        assertThatThrownBy(() -> as("a2.aplead", () -> reviews.saveDraft(id, changed)))
                .isInstanceOf(InvalidReview.class).hasMessageContaining("amend it with a reason");
        assertThatThrownBy(() -> as("a2.aplead", () -> reviews.amend(id, changed, "Late register")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a2.slt", () -> reviews.amend(id, changed, " ")))
                .isInstanceOf(InvalidReview.class).hasMessage("Give a reason for the amendment.");
        as("a2.slt", () -> reviews.amend(id, changed, "The provider sent a late register"));
        ReviewPage amended = as("a2.aplead", () -> reviews.get(id));
        assertThat(amended.draft().getAttendancePercent()).isEqualByComparingTo("82");
        assertThat(amended.amendments()).singleElement().satisfies(a -> {
            assertThat(a.field()).isEqualTo("Attendance");
            assertThat(a.before()).isEqualTo("87.5%");
            assertThat(a.after()).isEqualTo("82%");
            assertThat(a.reason()).isEqualTo("The provider sent a late register");
            assertThat(a.by()).isEqualTo("A2 SLT");
        });
        assertThat(signed).isPositive();
        assertThatThrownBy(() -> as("a2.slt", () -> reviews.amend(id, amended.draft(), "No change")))
                .isInstanceOf(InvalidReview.class).hasMessage("Nothing was changed.");
    }

    @Test
    void another_schools_staff_get_not_found_governors_counts_only_and_trust_leads_read() {
        long placement = fixtures.activeAtA2(fixtures.provider("Scope review farm"));
        long id = as("a2.aplead", () -> reviews.start(placement));
        // one draft at a time: starting again opens it
        assertThat(as("a2.dsl", () -> reviews.start(placement))).isEqualTo(id);

        assertThatThrownBy(() -> as("a1.slt", () -> reviews.get(id))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as("a1.aplead", () -> reviews.forPlacement(placement))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as("a1.aplead", () -> reviews.start(placement))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as("b1.slt", () -> reviews.get(id))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as("a1.governor", () -> reviews.get(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.governor", () -> reviews.due())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a.admin", () -> reviews.forPlacement(placement)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.visitor", () -> reviews.get(id))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("a1.governor", () -> reviews.counts())).isNotNull();
        assertThat(as("a1.aplead", () -> reviews.due())).extracting(ReviewDueRow::placementId).doesNotContain(placement);

        ReviewPage read = as("a.trustlead", () -> reviews.get(id));
        assertThat(read.pupilName()).startsWith("Riley Reviewed");
        assertThat(read.editable()).isFalse();
        assertThat(read.canSignOff()).isFalse();
        assertThatThrownBy(() -> as("a.trustlead", () -> reviews.saveDraft(id, read.draft())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("a.trustlead", () -> reviews.forPlacement(placement)).canStart()).isFalse();
    }

    @Test
    void a_missed_half_term_and_a_concern_at_the_provider_list_the_placement_until_a_review_is_signed_off() {
        long provider = fixtures.provider("Concern review farm");
        long placement = fixtures.activeAtA2(provider);
        // begun a year ago, never reviewed: the last half-term ended without one
        ReviewDueRow overdue = as("a2.aplead", () -> reviews.due()).stream()
                .filter(row -> row.placementId() == placement).findFirst().orElseThrow();
        assertThat(overdue.state()).isEqualTo(DueState.OVERDUE);
        assertThat(overdue.reasons().stream().anyMatch(reason -> reason.startsWith("Half-termly review overdue")))
                .as("reasons %s", overdue.reasons()).isTrue();
        long governorOverdue = as("a1.governor", () -> reviews.counts()).overdue();
        assertThat(as("a2.slt", () -> reviews.forPlacement(placement)).outlook().state()).isEqualTo(DueState.OVERDUE);

        // another school's visitor raises a concern at the provider: the placement owes a review at once
        long visit = as("a1.visitor", () -> visits.startDraft(provider));
        as("a1.visitor", () -> concerns.raise(visit, "Fire exit blocked"));
        PlacementReviews withConcern = as("a2.slt", () -> reviews.forPlacement(placement));
        assertThat(withConcern.outlook().concernOn()).isEqualTo(LocalDate.now(clock));
        long id = as("a2.aplead", () -> reviews.start(placement));
        assertThat(as("a2.aplead", () -> reviews.get(id)).draft().getKind()).isEqualTo(ReviewKind.EARLY_AFTER_CONCERN);
        assertThat(as("a2.slt", () -> reviews.waitingForSignOff())).extracting(ReviewWaiting::reviewId).contains(id);

        // a draft does not count; a signed termly agreement review today covers everything
        assertThat(as("a2.aplead", () -> reviews.due())).extracting(ReviewDueRow::placementId).contains(placement);
        ReviewDraft draft = as("a2.slt", () -> reviews.get(id)).draft();
        complete(draft);
        as("a2.slt", () -> reviews.signOff(id, draft));
        assertThat(as("a2.aplead", () -> reviews.due())).extracting(ReviewDueRow::placementId)
                .doesNotContain(placement);
        assertThat(as("a2.slt", () -> reviews.forPlacement(placement)).outlook().state())
                .isEqualTo(DueState.UP_TO_DATE);
        assertThat(as("a2.slt", () -> reviews.forPlacement(placement)).reviews()).singleElement()
                .satisfies(row -> assertThat(row.status()).isEqualTo(ReviewStatus.SIGNED));
        assertThat(as("a1.governor", () -> reviews.counts()).overdue()).isEqualTo(governorOverdue);
    }

    /** Tuesdays at A1 from Mon 2 Nov 2026 (an INSET day) to today, Tue 24 Nov: four mornings and four afternoons. */
    @Test
    void a_new_review_takes_its_attendance_from_the_marks_since_the_start_and_says_so() {
        placementFixtures.termDates(world.schoolA1);
        long provider = fixtures.provider("Review marks farm");
        long placement = placementFixtures.active("a1.aplead", LocalDate.of(2026, 11, 2),
                java.util.Map.of(provider, java.util.List.of(java.time.DayOfWeek.TUESDAY)));
        for (LocalDate tuesday : java.util.List.of(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 10),
                LocalDate.of(2026, 11, 17))) {
            for (Session session : Session.values()) {
                Mark mark = tuesday.getDayOfMonth() == 17 && session == Session.PM ? Mark.UNAUTHORISED_ABSENCE
                        : Mark.PRESENT;
                as("a1.aplead", () -> attendance.mark(placement, tuesday, session, mark, null));
            }
        }
        long id = as("a1.dsl", () -> reviews.start(placement));
        ReviewDraft draft = as("a1.dsl", () -> reviews.get(id)).draft();
        // 5 of 8 attended: today's two sessions are not marked yet and count as absent
        assertThat(draft.getAttendancePercent()).isEqualByComparingTo("62.5");
        assertThat(draft.getAttendanceReason()).isEqualTo("From the attendance marks, Mon 2 Nov 2026 to Tue 24 Nov"
                + " 2026: 5 of 8 sessions attended (2 not marked, counted as absent)");
        // still editable: the figure can be changed and saved
        draft.setAttendancePercent(new BigDecimal("75"));
        draft.setAttendanceReason("Provider's register shows today's morning");
        as("a1.dsl", () -> reviews.saveDraft(id, draft));
        assertThat(as("a1.dsl", () -> reviews.get(id)).draft().getAttendancePercent()).isEqualByComparingTo("75");
    }
}
