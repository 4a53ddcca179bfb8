package uk.apassure.pupilrisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.placement.PlacementFixtures;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementService.InvalidPlacement;
import uk.apassure.placement.PlacementStatus;
import uk.apassure.placement.PlacementType;
import uk.apassure.pupilrisk.PupilRiskService.InvalidRiskAssessment;
import uk.apassure.pupilrisk.PupilRiskService.NotFound;
import uk.apassure.review.Attendee;
import uk.apassure.review.Progress;
import uk.apassure.review.ReviewDecision;
import uk.apassure.review.ReviewDraft;
import uk.apassure.review.ReviewFixtures;
import uk.apassure.review.ReviewKind;
import uk.apassure.review.ReviewService;
import uk.apassure.review.ReviewService.InvalidReview;
import uk.apassure.review.ReviewStatus;
import uk.apassure.security.AccessGuard.AccessDeniedException;

/**
 * Pupil risk assessments in MariaDB: a placement starts only with an approved one, each approved
 * version is kept, a placement review is signed off only once the assessment was reviewed on or
 * after the review's day (which then sets its next review date and renewal state), and only the
 * pupil's school and trust leads see it.
 */
class PupilRiskServiceTest extends IntegrationTest {

    private static final RiskLine MEDICAL = new RiskLine(RiskArea.MEDICAL, "Asthma; inhaler needed in cold weather",
            "Inhaler kept by the key worker; staff know the care plan", "Key worker at the provider",
            ResidualRating.LOW);

    @Autowired
    PupilRiskService risks;

    @Autowired
    PupilRiskStates states;

    @Autowired
    PupilRiskFixtures riskFixtures;

    @Autowired
    PlacementService placements;

    @Autowired
    PlacementFixtures placementFixtures;

    @Autowired
    AuditFixtures audits;

    @Autowired
    ReviewFixtures reviewFixtures;

    @Autowired
    ReviewService reviews;

    private long proposedAtA1(String provider) {
        long at = audits.provider(provider);
        audits.decided(at);
        return placementFixtures.propose("a1.aplead", PlacementType.VOCATIONAL, LocalDate.now().plusWeeks(3), at);
    }

    private void start(long placement) {
        as("a1.slt", () -> placements.changeStatus(placement, placements.get(placement).version(),
                PlacementStatus.ACTIVE, "Agreed at panel", null));
    }

    @Test
    void a_placement_starts_only_once_the_pupils_risk_assessment_is_approved() {
        long placement = proposedAtA1("Gate farm");
        assertThatThrownBy(() -> start(placement)).isInstanceOf(InvalidPlacement.class)
                .hasMessage("The placement cannot start yet: The pupil has no approved individual risk assessment:"
                        + " write it with the provider and have it approved under \"Pupil risk assessment\" on this"
                        + " page.");

        RiskLine unfinished = new RiskLine(RiskArea.TRAVEL, "Travels alone by bus", "", "", null);
        long draft = as("a1.aplead", () -> risks.saveDraft(placement, null, List.of(unfinished,
                new RiskLine(null, "", " ", "", null))));
        assertThat(as("a1.aplead", () -> risks.forPlacement(placement)).draft().lines()).containsExactly(unfinished);
        assertThatThrownBy(() -> start(placement)).isInstanceOf(InvalidPlacement.class)
                .hasMessageContaining("The pupil's risk assessment is still a draft");
        assertThatThrownBy(() -> as("a1.aplead", () -> risks.approve(placement, draft, LocalDate.now())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.slt", () -> risks.approve(placement, draft, LocalDate.now())))
                .isInstanceOf(InvalidRiskAssessment.class)
                .hasMessage("Risk 1 (Travel): write the controls agreed with the provider. Risk 1 (Travel): say who at"
                        + " the provider agreed the controls. Risk 1 (Travel): rate the residual risk.");
        assertThatThrownBy(() -> as("a1.slt", () -> risks.approve(placement, draft, LocalDate.now().plusDays(1))))
                .isInstanceOf(InvalidRiskAssessment.class).hasMessageContaining("must be today or earlier");
        assertThat(as("a1.slt", () -> placements.get(placement)).status()).isEqualTo(PlacementStatus.PROPOSED);

        long complete = as("a1.aplead", () -> risks.saveDraft(placement, draft, List.of(PupilRiskFixtures.TRAVEL)));
        as("a1.dsl", () -> risks.approve(placement, complete, LocalDate.now()));
        start(placement);

        assertThat(as("a1.slt", () -> placements.get(placement)).status()).isEqualTo(PlacementStatus.ACTIVE);
        PupilRiskPage page = as("a1.slt", () -> risks.forPlacement(placement));
        assertThat(page.current().approvedBy()).isEqualTo("A1 DSL");
        assertThat(page.current().approvedOn()).isEqualTo(LocalDate.now());
        assertThat(page.draft()).isNull();
        assertThat(page.state()).isEqualTo(PupilRiskState.OK);
    }

    @Test
    void each_approved_version_is_kept_and_readable_after_a_newer_one() {
        long placement = proposedAtA1("Version farm");
        riskFixtures.approved("a1.slt", placement, LocalDate.now().minusDays(10));
        PupilRiskPage first = as("a1.aplead", () -> risks.forPlacement(placement));
        assertThat(first.state()).isEqualTo(PupilRiskState.OK);

        long draft = as("a1.aplead", () -> risks.saveDraft(placement, null, List.of(PupilRiskFixtures.TRAVEL,
                MEDICAL)));
        assertThatThrownBy(() -> as("a1.aplead", () -> risks.saveDraft(placement, null, List.of(MEDICAL))))
                .isInstanceOf(InvalidRiskAssessment.class).hasMessageContaining("Someone else changed");
        assertThatThrownBy(() -> as("a1.slt", () -> risks.approve(placement, draft, LocalDate.now().minusDays(11))))
                .isInstanceOf(InvalidRiskAssessment.class).hasMessageContaining("on or after the current one");
        as("a1.slt", () -> risks.approve(placement, draft, LocalDate.now()));

        PupilRiskPage page = as("a.trustlead", () -> risks.forPlacement(placement));
        assertThat(page.current().number()).isEqualTo(2);
        assertThat(page.current().lines()).containsExactly(PupilRiskFixtures.TRAVEL, MEDICAL);
        assertThat(page.earlier()).singleElement().satisfies(v -> {
            assertThat(v.number()).isEqualTo(1);
            assertThat(v.status()).isEqualTo(RiskStatus.SUPERSEDED);
            assertThat(v.lines()).containsExactly(PupilRiskFixtures.TRAVEL);
            assertThat(v.approvedOn()).isEqualTo(LocalDate.now().minusDays(10));
        });
        assertThat(page.reviews()).extracting(PupilRiskPage.ReviewEntry::versionNumber, PupilRiskPage.ReviewEntry::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, RiskReviewOutcome.APPROVED),
                        org.assertj.core.groups.Tuple.tuple(1, RiskReviewOutcome.APPROVED));
    }

    @Test
    void a_review_is_signed_off_only_once_the_risk_assessment_was_reviewed_on_or_after_its_day() {
        LocalDate today = LocalDate.now();
        LocalDate heldOn = today.minusDays(3);
        long placement = reviewFixtures.activeAtA2(reviewFixtures.provider("Reviewed risk farm"), today.minusDays(20));
        long review = as("a2.aplead", () -> reviews.start(placement));
        ReviewDraft draft = as("a2.slt", () -> reviews.get(review)).draft();
        draft.setHeldOn(heldOn);
        draft.setKind(ReviewKind.HALF_TERMLY);
        draft.setAttended(Attendee.PROVIDER, true);
        draft.setAttendancePercent(new BigDecimal("91"));
        draft.setAttendanceReason("Provider's weekly returns");
        draft.getOutcomes().forEach(line -> line.setProgress(Progress.ON_TRACK));
        draft.setDecision(ReviewDecision.CONTINUE);
        draft.setNextReviewOn(today.plusWeeks(6));

        assertThatThrownBy(() -> as("a2.slt", () -> reviews.signOff(review, draft)))
                .isInstanceOf(InvalidReview.class)
                .hasMessageContaining("Review the pupil's risk assessment at this review");
        long current = as("a2.slt", () -> risks.forPlacement(placement)).current().version();
        // the day before the review's meeting does not count
        as("a2.dsl", () -> risks.confirmUnchanged(placement, current, heldOn.minusDays(1), ""));
        assertThatThrownBy(() -> as("a2.slt", () -> reviews.signOff(review, draft)))
                .isInstanceOf(InvalidReview.class)
                .hasMessageContaining("on or after " + uk.apassure.base.time.UkDates.date(heldOn));
        long again = as("a2.slt", () -> risks.forPlacement(placement)).current().version();
        as("a2.dsl", () -> risks.confirmUnchanged(placement, again, heldOn, "Nothing new at the review"));
        as("a2.slt", () -> reviews.signOff(review, draft));
        assertThat(as("a2.slt", () -> reviews.get(review)).status()).isEqualTo(ReviewStatus.SIGNED);

        PupilRiskPage page = as("a2.slt", () -> risks.forPlacement(placement));
        assertThat(page.current().lastReviewedOn()).isEqualTo(heldOn);
        assertThat(page.current().reviewDueOn()).isEqualTo(today.plusWeeks(6));
        assertThat(page.reviews()).first().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(RiskReviewOutcome.CONFIRMED);
            assertThat(r.note()).isEqualTo("Nothing new at the review");
            assertThat(r.by()).isEqualTo("A2 DSL");
        });

        // renewal states: ok until the next review date, due on it, needed once someone marks it
        List<Long> a2 = List.of(world.schoolA2);
        assertThat(stateOn(a2, placement, today.plusWeeks(6).minusDays(1))).isEqualTo(PupilRiskState.OK);
        assertThat(stateOn(a2, placement, today.plusWeeks(6))).isEqualTo(PupilRiskState.REVIEW_DUE);
        assertThat(states.list(a2, PupilRiskState.REVIEW_DUE, today.plusWeeks(6), 0, 500))
                .extracting(PupilRiskStateRow::placementId).contains(placement);
        assertThat(states.list(a2, PupilRiskState.OK, today.plusWeeks(6), 0, 500))
                .extracting(PupilRiskStateRow::placementId).doesNotContain(placement);
        as("a2.aplead", () -> risks.markReviewNeeded(placement, page.current().version(),
                "Suspended for two days after an incident at school"));
        assertThat(as("a2.slt", () -> risks.forPlacement(placement)).state()).isEqualTo(PupilRiskState.REVIEW_NEEDED);
        assertThat(as("a2.slt", () -> states.counts()).get(PupilRiskState.REVIEW_NEEDED)).isGreaterThanOrEqualTo(1);
    }

    private PupilRiskState stateOn(List<Long> schools, long placement, LocalDate day) {
        return states.list(schools, null, day, 0, 500).stream().filter(row -> row.placementId() == placement)
                .map(PupilRiskStateRow::state).findFirst().orElse(PupilRiskState.NONE);
    }

    @Test
    void only_the_pupils_school_and_trust_leads_see_it_and_only_the_school_changes_it() {
        long placement = proposedAtA1("Scope risk farm");
        riskFixtures.approved("a1.slt", placement);

        assertThatThrownBy(() -> as("a1.governor", () -> risks.forPlacement(placement)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a.admin", () -> risks.forPlacement(placement)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.governor", () -> states.counts()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a2.dsl", () -> risks.forPlacement(placement))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as("a2.slt", () -> risks.saveDraft(placement, null, List.of(MEDICAL))))
                .isInstanceOf(NotFound.class);
        assertThat(as("a2.dsl", () -> states.list(null, 0, 500))).extracting(PupilRiskStateRow::placementId)
                .doesNotContain(placement);
        assertThatThrownBy(() -> as("b.trustlead", () -> risks.forPlacement(placement))).isInstanceOf(NotFound.class);

        PupilRiskPage trust = as("a.trustlead", () -> risks.forPlacement(placement));
        assertThat(trust.current().lines()).containsExactly(PupilRiskFixtures.TRAVEL);
        assertThat(trust.canEdit()).isFalse();
        assertThat(trust.canApprove()).isFalse();
        assertThat(as("a.trustlead", () -> states.list(null, 0, 500))).extracting(PupilRiskStateRow::placementId)
                .contains(placement);
        assertThatThrownBy(() -> as("a.trustlead", () -> risks.saveDraft(placement, null, List.of(MEDICAL))))
                .isInstanceOf(AccessDeniedException.class);
        PupilRiskPage visitor = as("a1.visitor", () -> risks.forPlacement(placement));
        assertThat(visitor.canEdit()).isFalse();
        assertThatThrownBy(() -> as("a1.visitor", () -> risks.saveDraft(placement, null, List.of(MEDICAL))))
                .isInstanceOf(AccessDeniedException.class);
        PupilRiskPage lead = as("a1.aplead", () -> risks.forPlacement(placement));
        assertThat(lead.canEdit()).isTrue();
        assertThat(lead.canApprove()).isFalse();
        assertThatThrownBy(() -> as("a1.aplead", () -> risks.confirmUnchanged(placement, lead.current().version(),
                LocalDate.now(), ""))).isInstanceOf(AccessDeniedException.class);
    }
}
