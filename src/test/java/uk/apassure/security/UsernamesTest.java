package uk.apassure.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsernamesTest {

    @Test
    void case_surrounding_space_and_compatibility_forms_fold_to_one_name() {
        assertThat(Usernames.normalise("  A1.DSL\t")).contains("a1.dsl");
        assertThat(Usernames.normalise("\uFF41\uFF11.dsl")).contains("a1.dsl");
    }

    @Test
    void names_with_control_or_invisible_characters_have_no_normal_form() {
        assertThat(Usernames.normalise("ap\u200Blead")).isEmpty(); // zero-width space
        assertThat(Usernames.normalise("ap\u200Dlead")).isEmpty(); // zero-width joiner
        assertThat(Usernames.normalise("ap\u202Elead")).isEmpty(); // right-to-left override
        assertThat(Usernames.normalise("ap\u0007lead")).isEmpty(); // bell
        assertThat(Usernames.normalise("ap\u3164lead")).isEmpty(); // Hangul filler
        assertThat(Usernames.normalise("ap lead")).isEmpty();
        assertThat(Usernames.normalise("   ")).isEmpty();
        assertThat(Usernames.normalise(null)).isEmpty();
    }

    @Test
    void accented_letters_stay_distinct() {
        assertThat(Usernames.normalise("a1.d\u015Bl")).contains("a1.d\u015Bl");
    }
}
