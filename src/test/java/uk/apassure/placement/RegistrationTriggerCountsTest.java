package uk.apassure.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.apassure.placement.FullTimeFixtures.hours;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.apassure.IntegrationTest;
import uk.apassure.provider.FullTimeEducation;
import uk.apassure.provider.FullTimePupils;
import uk.apassure.provider.ProviderFilter;
import uk.apassure.provider.ProviderRow;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderType;
import uk.apassure.provider.Registration;
import uk.apassure.provider.RegistrationFinding;
import uk.apassure.provider.RegistrationTrigger.State;
import uk.apassure.provider.RegistrationTriggers;
import uk.apassure.security.AccessGuard.AccessDeniedException;

/**
 * The registration trigger counted in MariaDB on a small data set across schools A1 and A2 of trust A:
 * full-time is 18 hours at one provider, pupils of both schools add up, proposals only "would"
 * trigger, and every school sees the same counts, never a pupil.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationTriggerCountsTest extends IntegrationTest {

    @Autowired
    FullTimeFixtures fixtures;

    @Autowired
    FullTimeEducation education;

    @Autowired
    RegistrationTriggers triggers;

    @Autowired
    ProviderService providers;

    @Autowired
    JdbcTemplate jdbc;

    long fivePupils;
    long fourAndAProposal;
    long oneEhcp;
    long oneLookedAfter;
    long splitA;
    long splitB;
    long registered;
    long notCounted;

    /** Made once for the class; each test only reads it. */
    @BeforeEach
    void dataSet() {
        if (fivePupils != 0) {
            return;
        }
        fivePupils = fixtures.unregistered("Five pupils farm");
        fourAndAProposal = fixtures.unregistered("Four and a proposal farm");
        oneEhcp = fixtures.provider("One EHCP online", ProviderType.ONLINE_PROVIDER, Registration.NOT_REGISTERED);
        oneLookedAfter = fixtures.unregistered("One looked-after gym");
        splitA = fixtures.unregistered("Split week farm");
        splitB = fixtures.unregistered("Split week gym");
        registered = fixtures.provider("Registered PRU", ProviderType.PRU_OR_AP_ACADEMY, Registration.REGISTERED);
        notCounted = fixtures.unregistered("Not counted farm");

        // three pupils of A1 and two of A2 at exactly 18 hours; one more at 17.5 hours does not count
        for (String name : new String[] {"Ann One", "Ben One", "Cat One"}) {
            fixtures.pupil("a1.aplead", name).at(fivePupils, hours(18)).active();
        }
        for (String name : new String[] {"Dan Two", "Eve Two"}) {
            fixtures.pupil("a2.aplead", name).at(fivePupils, hours(18)).active();
        }
        fixtures.pupil("a1.aplead", "Fay Short").ehcp().at(fivePupils, hours(17.5)).active();

        for (String name : new String[] {"Gus One", "Hal One", "Ida Two", "Jon Two"}) {
            fixtures.pupil(name.endsWith("One") ? "a1.aplead" : "a2.aplead", name).at(fourAndAProposal, hours(20))
                    .active();
        }
        fixtures.pupil("a2.aplead", "Kim Proposed").at(fourAndAProposal, hours(18)).proposed();

        fixtures.pupil("a2.aplead", "Lou Plan").ehcp().at(oneEhcp, hours(18)).active();
        fixtures.pupil("a1.aplead", "Max Care").lookedAfter().at(oneLookedAfter, hours(18)).active();
        // 24 hours a week, but 12 at each provider: full-time at neither
        fixtures.pupil("a1.aplead", "Ned Split").ehcp().at(splitA, hours(12)).at(splitB, hours(12)).active();
        fixtures.pupil("a1.aplead", "Oli Registered").ehcp().at(registered, hours(25)).active();
        // past compulsory school age, and a placement that has ended: neither counts
        fixtures.pupil("a1.aplead", "Pat Sixth").ehcp().yearGroup(12).at(notCounted, hours(25)).active();
        fixtures.pupil("a1.aplead", "Ray Ended").ehcp().at(notCounted, hours(25)).ended();
    }

    @Test
    void the_database_counts_full_time_pupils_per_provider_across_the_trusts_schools() {
        Map<Long, FullTimeEducation.Counts> counts = education.byProvider(world.trustA, null);

        assertThat(counts.get(fivePupils)).isEqualTo(new FullTimeEducation.Counts(new FullTimePupils(5, 0, 0),
                new FullTimePupils(5, 0, 0)));
        assertThat(counts.get(fourAndAProposal)).isEqualTo(new FullTimeEducation.Counts(
                new FullTimePupils(4, 0, 0), new FullTimePupils(5, 0, 0)));
        assertThat(counts.get(oneEhcp).active()).isEqualTo(new FullTimePupils(1, 1, 0));
        assertThat(counts.get(oneLookedAfter).active()).isEqualTo(new FullTimePupils(1, 0, 1));
        assertThat(counts).doesNotContainKeys(splitA, splitB, notCounted);
        assertThat(counts.get(registered).active()).isEqualTo(new FullTimePupils(1, 1, 0));
        assertThat(education.byProvider(world.trustA, oneEhcp)).containsOnlyKeys(oneEhcp);
        assertThat(education.byProvider(world.trustB, null)).doesNotContainKeys(fivePupils, oneEhcp);
    }

    @Test
    void providers_over_the_trigger_are_flagged_and_proposals_would_trigger() {
        Map<Long, RegistrationFinding> flagged = as("a1.slt", () -> triggers.flagged());

        assertThat(flagged.get(fivePupils).state()).isEqualTo(State.TRIGGERED);
        assertThat(flagged.get(fivePupils).reasons()).isEqualTo("5 pupils full-time");
        assertThat(flagged.get(fourAndAProposal).state()).isEqualTo(State.WOULD_TRIGGER);
        assertThat(flagged.get(oneEhcp).summary()).isEqualTo("Registration trigger: 1 pupil full-time, 1 with an EHCP");
        assertThat(flagged.get(oneLookedAfter).reasons()).isEqualTo("1 pupil full-time, 1 looked after");
        assertThat(flagged).doesNotContainKeys(splitA, splitB, registered, notCounted);
    }

    @Test
    void every_school_and_governors_see_the_same_counts_and_administrators_none() {
        RegistrationFinding ownSchool = as("a1.slt", () -> triggers.forProvider(oneEhcp)).orElseThrow();
        // the pupil is A2's: A1 sees the count, A2's DSL and A1's governor the same
        assertThat(as("a2.dsl", () -> triggers.forProvider(oneEhcp))).contains(ownSchool);
        assertThat(as("a1.governor", () -> triggers.forProvider(oneEhcp))).contains(ownSchool);
        assertThat(as("a.trustlead", () -> triggers.forProvider(oneEhcp))).contains(ownSchool);
        assertThat(as("a1.slt", () -> triggers.forProvider(splitA))).isEmpty();
        assertThatThrownBy(() -> as("a.admin", () -> triggers.flagged())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a.admin", () -> triggers.forProvider(oneEhcp)))
                .isInstanceOf(AccessDeniedException.class);
        // another trust's users never see trust A's providers flagged
        assertThat(as("b.trustlead", () -> triggers.flagged())).doesNotContainKeys(fivePupils, oneEhcp);
        assertThat(as("b1.slt", () -> triggers.forProvider(oneEhcp))).isEmpty();
    }

    @Test
    void the_register_filters_to_the_flagged_providers_in_its_query() {
        ProviderFilter filter = ProviderFilter.ANY.withRegistrationTrigger(true);
        assertThat(as("a1.governor", () -> providers.list(filter, PageRequest.of(0, 200))))
                .extracting(ProviderRow::id).contains(fivePupils, fourAndAProposal, oneEhcp, oneLookedAfter)
                .doesNotContain(splitA, splitB, registered, notCounted);
        long flagged = as("a2.dsl", () -> triggers.flagged()).size();
        assertThat(as("a2.dsl", () -> providers.count(filter))).isEqualTo(flagged);
        assertThat(as("a1.slt", () -> providers.count(filter.withName("Four and a proposal")))).isEqualTo(1);
        assertThat(as("b.trustlead", () -> providers.list(filter, PageRequest.of(0, 200))))
                .extracting(ProviderRow::id).doesNotContain(fivePupils);
        assertThatThrownBy(() -> as("a.admin", () -> providers.count(filter)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("a.admin", () -> providers.count(ProviderFilter.ANY))).isPositive();
    }

    /**
     * The counts are kept between requests (V31, FullTimePupilCounts); every write that changes them,
     * through the service or plain SQL, is seen on the next request.
     */
    @Test
    void kept_counts_follow_status_timetable_and_pupil_changes() {
        long changing = fixtures.unregistered("Changing counts farm");
        long lone = fixtures.unregistered("Lone pupil gym");
        for (String name : new String[] {"Sam Four", "Tom Four", "Una Four", "Vic Four"}) {
            fixtures.pupil("a1.aplead", name).at(changing, hours(18)).active();
        }
        long lonePupil = fixtures.pupil("a2.aplead", "Wyn Alone").at(lone, hours(20)).active();
        assertThat(as("a1.slt", () -> triggers.forProvider(changing))).isEmpty();
        assertThat(as("a1.slt", () -> triggers.forProvider(lone))).isEmpty();

        long fifth = fixtures.pupil("a2.aplead", "Xan Fifth").at(changing, hours(18)).proposed();
        assertThat(as("a1.slt", () -> triggers.forProvider(changing))).get()
                .extracting(RegistrationFinding::state).isEqualTo(State.WOULD_TRIGGER);

        jdbc.update("update placement set status = 'ACTIVE' where id = ?", fifth);
        assertThat(as("a2.dsl", () -> triggers.forProvider(changing))).get()
                .extracting(RegistrationFinding::state).isEqualTo(State.TRIGGERED);

        // one session less: 15 hours, no longer full-time
        jdbc.update("delete from placement_session where placement_id = ? and day_of_week = (select max(day_of_week)"
                + " from (select day_of_week from placement_session where placement_id = ?) d)", fifth, fifth);
        assertThat(as("a1.slt", () -> triggers.forProvider(changing))).isEmpty();

        jdbc.update("update pupil set looked_after = true where id = (select pupil_id from placement where id = ?)",
                lonePupil);
        assertThat(as("a1.slt", () -> triggers.forProvider(lone))).get()
                .extracting(RegistrationFinding::reasons).isEqualTo("1 pupil full-time, 1 looked after");

        jdbc.update("update placement set status = 'ENDED', destination = 'Back at school full-time' where id = ?",
                lonePupil);
        assertThat(as("a1.slt", () -> triggers.forProvider(lone))).isEmpty();
    }
}
