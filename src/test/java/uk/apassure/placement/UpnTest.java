package uk.apassure.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpnTest {

    @Test
    void a_upn_with_the_right_check_letter_is_valid() {
        assertThat(Upn.problem("H801200001001")).isEmpty();
        assertThat(Upn.problem("P820400105013")).isEmpty();
        assertThat(Upn.problem(" h8012 0000 1001 ")).isEmpty();
    }

    @Test
    void a_temporary_upn_ends_in_a_letter_that_counts_for_the_check() {
        assertThat(Upn.problem("Z99900123401A")).isEmpty();
        assertThat(Upn.problem("Z99900123401B")).isPresent();
        assertThat(Upn.problem("Z99900123401I")).contains(
                "A UPN ends in a digit, or a letter other than I, O or S for a temporary UPN.");
    }

    @Test
    void a_wrong_check_letter_says_which_letter_the_digits_give() {
        assertThat(Upn.problem("A801200001001")).contains("The check letter does not match: with these 12"
                + " characters it would be H. Check the UPN against the school's records.");
    }

    @Test
    void length_and_digits_are_checked_first() {
        assertThat(Upn.problem("H80120000100")).contains("A UPN has 13 characters: a letter and 12 more (you typed 12).");
        assertThat(Upn.problem("H8012000X1001")).contains("Characters 2 to 12 of a UPN are digits.");
    }

    @Test
    void every_position_is_weighted_by_its_place() {
        // swapping two different digits changes the check letter
        assertThat(Upn.checkLetter("801200001001")).isEqualTo('H');
        assertThat(Upn.checkLetter("081200001001")).isNotEqualTo('H');
        assertThat(Upn.checkLetter("821600012000")).isEqualTo('T');
    }
}
