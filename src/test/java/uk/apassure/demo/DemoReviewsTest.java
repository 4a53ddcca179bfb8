package uk.apassure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.apassure.review.ReviewDueRow;
import uk.apassure.review.ReviewService;
import uk.apassure.review.ReviewWaiting;
import uk.apassure.security.SubjectRunner;

/** The demo starts with reviews: one placement flagged "consider ending", one draft waiting for SLT. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class DemoReviewsTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    SubjectRunner subjects;

    @Test
    void slt_see_a_placement_to_consider_ending_and_a_draft_to_sign_and_riverside_sees_nothing() {
        assertThat(subjects.callAs("slt", () -> reviews.due())).filteredOn(ReviewDueRow::considerEnding)
                .extracting(ReviewDueRow::pupilName).containsExactly("Callum Reid");
        assertThat(subjects.callAs("slt", () -> reviews.waitingForSignOff())).extracting(ReviewWaiting::pupilName)
                .containsExactly("Bethany Cole");
        assertThat(subjects.callAs("dsl.riverside", () -> reviews.due())).isEmpty();
        assertThat(subjects.callAs("governor", () -> reviews.counts()).considerEnding()).isEqualTo(1);
    }
}
