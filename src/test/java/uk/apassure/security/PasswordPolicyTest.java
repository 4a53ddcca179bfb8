package uk.apassure.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void eleven_characters_are_too_few_and_twelve_random_ones_are_enough() {
        assertThat(policy.problem("Kq7#vBn2!pW", "someone")).hasValueSatisfying(
                problem -> assertThat(problem).contains("at least 12 characters"));
        assertThat(policy.problem("Kq7#vBn2!pWz", "someone")).isEmpty();
    }

    @Test
    void a_long_pass_phrase_is_allowed_up_to_128_characters() {
        String phrase = "tractor lemon harbour violin ";
        String of128 = phrase.repeat(5).substring(0, 128);
        assertThat(policy.problem(of128, "someone")).isEmpty();
        assertThat(policy.problem(of128 + "x", "someone")).hasValueSatisfying(
                problem -> assertThat(problem).contains("at most 128"));
    }

    @Test
    void common_and_breached_passwords_are_refused_whatever_their_case() {
        assertThat(policy.problem("qwertyuiopasdfgh", "someone")).isPresent();
        assertThat(policy.problem("PASSWORD123456", "someone")).hasValueSatisfying(
                problem -> assertThat(problem).containsAnyOf("common", "easy to guess"));
        assertThat(policy.problem("123456789012", "someone")).isPresent();
    }

    @Test
    void a_password_made_of_the_username_is_refused() {
        assertThat(policy.problem("jsmith-harbour-violin", "JSmith")).hasValueSatisfying(
                problem -> assertThat(problem).contains("username"));
        assertThat(policy.problem("jsmith-harbour-violin", "ab")).isEmpty();
    }

    @Test
    void a_long_but_guessable_password_is_refused_with_a_reason() {
        assertThat(policy.problem("aaaaaaaaaaaaaaaa", "someone")).hasValueSatisfying(
                problem -> assertThat(problem).contains("easy to guess"));
    }
}
