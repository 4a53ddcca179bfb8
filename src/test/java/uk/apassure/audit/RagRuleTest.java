package uk.apassure.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.apassure.audit.RagRule.RatedItem;
import uk.apassure.base.domain.Rag;

class RagRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static RatedItem met() {
        return new RatedItem(false, false, Outcome.MET, false, null);
    }

    @Test
    void all_met_is_green() {
        assertThat(RagRule.rate(List.of(met(), met()), TODAY)).isEqualTo(Rag.GREEN);
    }

    @Test
    void not_met_on_a_critical_item_is_red_whatever_else() {
        RatedItem critical = new RatedItem(true, false, Outcome.NOT_MET, false, null);
        assertThat(RagRule.rate(List.of(met(), critical, new RatedItem(false, false, Outcome.PARTLY_MET, false, null)),
                TODAY)).isEqualTo(Rag.RED);
    }

    @Test
    void not_met_on_an_ordinary_item_is_amber() {
        assertThat(RagRule.rate(List.of(met(), new RatedItem(false, false, Outcome.NOT_MET, false, null)), TODAY))
                .isEqualTo(Rag.AMBER);
    }

    @Test
    void partly_met_is_amber_even_on_a_critical_item() {
        assertThat(RagRule.rate(List.of(new RatedItem(true, false, Outcome.PARTLY_MET, false, null)), TODAY))
                .isEqualTo(Rag.AMBER);
    }

    @Test
    void required_evidence_missing_is_amber_and_present_is_green() {
        assertThat(RagRule.rate(List.of(new RatedItem(false, true, Outcome.MET, false, null)), TODAY))
                .isEqualTo(Rag.AMBER);
        assertThat(RagRule.rate(List.of(new RatedItem(false, true, Outcome.MET, true, null)), TODAY))
                .isEqualTo(Rag.GREEN);
    }

    @Test
    void an_expiry_date_already_passed_is_amber_and_today_is_still_green() {
        assertThat(RagRule.rate(List.of(new RatedItem(false, false, Outcome.MET, false, TODAY.minusDays(1))), TODAY))
                .isEqualTo(Rag.AMBER);
        assertThat(RagRule.rate(List.of(new RatedItem(false, false, Outcome.MET, false, TODAY)), TODAY))
                .isEqualTo(Rag.GREEN);
    }

    @Test
    void unanswered_is_amber_and_not_applicable_counts_for_nothing() {
        assertThat(RagRule.rate(List.of(met(), new RatedItem(true, true, null, false, null)), TODAY))
                .isEqualTo(Rag.AMBER);
        assertThat(RagRule.rate(List.of(met(), new RatedItem(true, true, Outcome.NOT_APPLICABLE, false, null)), TODAY))
                .isEqualTo(Rag.GREEN);
    }

    @Test
    void no_items_is_green_and_the_worst_item_decides() {
        assertThat(RagRule.rate(List.of(), TODAY)).isEqualTo(Rag.GREEN);
        assertThat(Rag.AMBER.worst(Rag.RED)).isEqualTo(Rag.RED);
        assertThat(Rag.RED.worst(Rag.GREEN)).isEqualTo(Rag.RED);
        assertThat(Rag.GREEN.worst(Rag.AMBER)).isEqualTo(Rag.AMBER);
    }
}
