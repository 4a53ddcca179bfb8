package uk.apassure.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import uk.apassure.IntegrationTest;
import uk.apassure.base.time.InTermClock;
import uk.apassure.base.time.MutableClock;
import uk.apassure.base.time.SchoolTime;
import uk.apassure.placement.PlacementFilter;
import uk.apassure.placement.PlacementFlag;
import uk.apassure.placement.PlacementRow;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementStatus;

/**
 * The placements grid's "review overdue" (issue 9): the filter (in the query) and the row's flag
 * follow the review schedule as the clock moves over the end of a half-term, and a signed review
 * clears them until the next half-term without one has ended. On the fixture's calendar around Tue
 * 24 Nov 2026 (Spring 1 2027 is 5 Jan to Fri 12 Feb).
 */
@Import(InTermClock.class)
class ReviewOverdueFlagTest extends IntegrationTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    PlacementService placements;
    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    Clock clock;

    private final PlacementFilter overdue = PlacementFilter.ANY.withFlag(PlacementFlag.REVIEW_OVERDUE, true);

    @BeforeEach
    void inTerm() {
        InTermClock.reset(clock);
    }

    private void on(LocalDateTime time) {
        ((MutableClock) clock).set(time.atZone(SchoolTime.ZONE).toInstant());
    }

    private List<Long> overdueIds(long provider) {
        return as("a2.dsl", () -> placements.list(overdue.withProvider(provider), PageRequest.of(0, 50))).stream()
                .map(PlacementRow::id).toList();
    }

    private boolean flagged(long placement, long provider) {
        return as("a2.dsl", () -> placements.list(PlacementFilter.ANY.withProvider(provider), PageRequest.of(0, 50)))
                .stream().filter(row -> row.id() == placement).findFirst().orElseThrow().flags()
                .contains(PlacementFlag.REVIEW_OVERDUE);
    }

    @Test
    void review_overdue_clears_when_a_review_is_signed_and_returns_the_day_after_the_next_half_term_ends() {
        long provider = fixtures.provider("Overdue flag farm");
        // began a year ago and never reviewed: overdue since the first half-term it owed ended
        long placement = fixtures.activeAtA2(provider);
        assertThat(overdueIds(provider)).containsExactly(placement);
        assertThat(flagged(placement, provider)).isTrue();
        assertThat(as("a2.dsl", () -> placements.count(overdue.withProvider(provider)))).isEqualTo(1);

        long id = as("a2.dsl", () -> reviews.start(placement));
        ReviewDraft draft = as("a2.slt", () -> reviews.get(id)).draft();
        draft.setKind(ReviewKind.TERMLY_AGREEMENT);
        draft.setAttendancePercent(new BigDecimal("91"));
        draft.setAttendanceReason("Provider's registers");
        draft.getOutcomes().forEach(line -> line.setProgress(Progress.ON_TRACK));
        draft.setDecision(ReviewDecision.CONTINUE);
        draft.setNextReviewOn(LocalDate.of(2027, 1, 19));
        as("a2.slt", () -> reviews.signOff(id, draft));
        assertThat(overdueIds(provider)).isEmpty();
        assertThat(flagged(placement, provider)).isFalse();

        // the last day of Spring 1: due, not yet overdue
        on(LocalDateTime.of(2027, 2, 12, 23, 59));
        assertThat(overdueIds(provider)).isEmpty();
        assertThat(flagged(placement, provider)).isFalse();
        // the day after it ended without a review
        on(LocalDateTime.of(2027, 2, 13, 0, 1));
        assertThat(overdueIds(provider)).containsExactly(placement);
        assertThat(flagged(placement, provider)).isTrue();

        // an ended placement owes no review
        InTermClock.reset(clock);
        as("a2.slt", () -> placements.changeStatus(placement, placements.get(placement).version(),
                PlacementStatus.ENDED, "Moved on", "College"));
        on(LocalDateTime.of(2027, 2, 13, 9, 0));
        assertThat(overdueIds(provider)).isEmpty();
    }
}
