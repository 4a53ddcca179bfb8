package uk.apassure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.apassure.base.time.InTermClock;
import uk.apassure.review.ReviewDueRow;
import uk.apassure.review.ReviewService;
import uk.apassure.review.ReviewWaiting;
import uk.apassure.security.SubjectRunner;

/** The demo starts with reviews: one placement flagged "consider ending", one draft waiting for SLT. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Import(InTermClock.class)
class DemoReviewsTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    SubjectRunner subjects;

    @Test
    void slt_see_a_placement_to_consider_ending_and_a_draft_to_sign_and_riverside_sees_only_its_own() {
        assertThat(subjects.callAs("slt", () -> reviews.due())).filteredOn(ReviewDueRow::considerEnding)
                .extracting(ReviewDueRow::pupilName).containsExactly("Callum Reid");
        assertThat(subjects.callAs("slt", () -> reviews.waitingForSignOff())).extracting(ReviewWaiting::pupilName)
                .containsExactly("Bethany Cole");
        // Riverside's own active placements owe reviews too, but none of Meadowbank's pupils is listed there
        assertThat(subjects.callAs("dsl.riverside", () -> reviews.due())).isNotEmpty()
                .extracting(ReviewDueRow::pupilName).doesNotContain("Callum Reid", "Bethany Cole", "Alfie Marsh")
                .contains("Mason Ibe");
        assertThat(subjects.callAs("governor", () -> reviews.counts()).considerEnding()).isEqualTo(1);
    }
}
