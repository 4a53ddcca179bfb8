package uk.apassure.placement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import uk.apassure.placement.AgreementConfirmation;
import uk.apassure.placement.AgreementItem;
import uk.apassure.placement.PlacementPage;
import uk.apassure.placement.PlacementStatus;
import uk.apassure.placement.PlacementTerms;
import uk.apassure.placement.PlacementType;
import uk.apassure.placement.PupilDetails;
import uk.apassure.placement.SenStatus;
import uk.apassure.placement.Timetable;

/** Starting a placement says what a careful school would still do first: the notice, the agreement. */
class StatusActionsTest {

    @Test
    void the_start_dialog_names_an_unsent_notice_and_counts_unconfirmed_agreement_items() {
        assertThat(StatusActions.stillOpen(page(null, 0))).isEqualTo(
                "the parental notice has not been recorded as sent; 11 agreement items are not confirmed");
        assertThat(StatusActions.stillOpen(page(LocalDate.of(2026, 11, 2), 10)))
                .isEqualTo("1 agreement item is not confirmed");
        assertThat(StatusActions.stillOpen(page(LocalDate.of(2026, 11, 2), 11))).isEmpty();
    }

    private static PlacementPage page(@Nullable LocalDate noticeSentOn, int confirmed) {
        List<AgreementConfirmation> agreement = Arrays.stream(AgreementItem.values()).limit(confirmed)
                .map(item -> new AgreementConfirmation(item, "A1 SLT", Instant.EPOCH)).toList();
        return new PlacementPage(1, 0, 1, new PupilDetails("Jamie", "Doe", "H801200001001", LocalDate.of(2011, 5, 4),
                10, SenStatus.NONE, false, null, false), PlacementStatus.PROPOSED,
                new PlacementTerms(PlacementType.VOCATIONAL, LocalDate.of(2026, 11, 9), null, "Aims", "Outcomes", null,
                        false, null, new Timetable(List.of())),
                List.of(), agreement, noticeSentOn, null, null, null, null, List.of(), true, true);
    }
}
