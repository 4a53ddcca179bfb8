package uk.apassure.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.apassure.provider.RegistrationTrigger.State;

/** 001 §7.2 at its edges: 18 hours a week, five pupils, one with an EHCP or looked after, registered schools never. */
class RegistrationTriggerTest {

    private static final FullTimePupils FOUR = new FullTimePupils(4, 0, 0);
    private static final FullTimePupils FIVE = new FullTimePupils(5, 0, 0);

    @Test
    void eighteen_hours_a_week_is_full_time_and_seventeen_and_a_half_is_not() {
        assertThat(RegistrationTrigger.fullTime(Duration.ofMinutes(17 * 60 + 30))).isFalse();
        assertThat(RegistrationTrigger.fullTime(Duration.ofMinutes(18 * 60 - 1))).isFalse();
        assertThat(RegistrationTrigger.fullTime(Duration.ofHours(18))).isTrue();
        assertThat(RegistrationTrigger.fullTime(Duration.ofHours(25))).isTrue();
    }

    @Test
    void four_full_time_pupils_do_not_trigger_and_five_do() {
        assertThat(RegistrationTrigger.judge(ProviderType.UNREGISTERED_PROVIDER, Registration.NOT_REGISTERED, FOUR,
                FOUR)).isEqualTo(State.NONE);
        assertThat(RegistrationTrigger.judge(ProviderType.UNREGISTERED_PROVIDER, Registration.NOT_REGISTERED, FIVE,
                FIVE)).isEqualTo(State.TRIGGERED);
    }

    @Test
    void one_full_time_pupil_with_an_ehcp_or_looked_after_triggers_alone() {
        FullTimePupils ehcp = new FullTimePupils(1, 1, 0);
        FullTimePupils lookedAfter = new FullTimePupils(1, 0, 1);
        assertThat(RegistrationTrigger.judge(ProviderType.ONLINE_PROVIDER, Registration.NOT_REGISTERED, ehcp, ehcp))
                .isEqualTo(State.TRIGGERED);
        assertThat(RegistrationTrigger.judge(ProviderType.UNREGISTERED_PROVIDER, Registration.NOT_REGISTERED,
                lookedAfter, lookedAfter)).isEqualTo(State.TRIGGERED);
        assertThat(RegistrationTrigger.judge(ProviderType.UNREGISTERED_PROVIDER, Registration.NOT_REGISTERED,
                new FullTimePupils(1, 0, 0), new FullTimePupils(1, 0, 0))).isEqualTo(State.NONE);
    }

    @Test
    void proposals_that_would_reach_the_trigger_say_so_before_they_start() {
        assertThat(RegistrationTrigger.judge(ProviderType.UNREGISTERED_PROVIDER, Registration.NOT_REGISTERED, FOUR,
                FIVE)).isEqualTo(State.WOULD_TRIGGER);
        assertThat(RegistrationTrigger.judge(ProviderType.UNREGISTERED_PROVIDER, Registration.NOT_REGISTERED,
                FullTimePupils.NONE, new FullTimePupils(1, 0, 1))).isEqualTo(State.WOULD_TRIGGER);
    }

    @ParameterizedTest
    @EnumSource(value = ProviderType.class, names = {"REGISTERED_INDEPENDENT_SCHOOL", "PRU_OR_AP_ACADEMY",
        "FE_COLLEGE", "MAINSTREAM_SCHOOL"})
    void a_registered_school_is_never_flagged(ProviderType type) {
        FullTimePupils many = new FullTimePupils(40, 12, 6);
        assertThat(RegistrationTrigger.judge(type, Registration.REGISTERED, many, many)).isEqualTo(State.NONE);
    }

    @Test
    void an_unregistered_pru_and_an_online_provider_recorded_as_registered_are_not_registered_schools() {
        FullTimePupils one = new FullTimePupils(1, 1, 0);
        assertThat(RegistrationTrigger.judge(ProviderType.PRU_OR_AP_ACADEMY, Registration.NOT_REGISTERED, one, one))
                .isEqualTo(State.TRIGGERED);
        assertThat(RegistrationTrigger.judge(ProviderType.ONLINE_PROVIDER, Registration.REGISTERED, one, one))
                .isEqualTo(State.TRIGGERED);
    }

    @Test
    void the_reasons_give_the_counts_in_words() {
        assertThat(new FullTimePupils(6, 1, 0).reasons()).isEqualTo("6 pupils full-time, 1 with an EHCP");
        assertThat(new FullTimePupils(1, 1, 1).reasons())
                .isEqualTo("1 pupil full-time, 1 with an EHCP, 1 looked after");
        RegistrationFinding would = new RegistrationFinding(7, "Farm", State.WOULD_TRIGGER, FOUR, FIVE);
        assertThat(would.summary())
                .isEqualTo("Would trigger registration: 5 pupils full-time if the proposed placements start");
    }
}
