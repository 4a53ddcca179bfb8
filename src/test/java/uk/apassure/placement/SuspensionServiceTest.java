package uk.apassure.placement;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import uk.apassure.IntegrationTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.NoCalendar;
import uk.apassure.calendar.Session;
import uk.apassure.calendar.TermDates;
import uk.apassure.placement.SuspensionRule.ProvisionState;
import uk.apassure.placement.SuspensionService.InvalidSuspension;
import uk.apassure.placement.SuspensionService.NotFound;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.AccessGuard.AccessDeniedException;

/**
 * Suspensions in MariaDB: the day-6 duty on School A1's calendar (TermDates 2026-27), met by a
 * placement for the suspension; pupil data only inside the school and for trust leads.
 */
class SuspensionServiceTest extends IntegrationTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    SuspensionService suspensions;

    @Autowired
    PlacementService placements;

    @Autowired
    CalendarService calendars;

    @Autowired
    ProviderService providers;

    @Autowired
    AuditFixtures audits;

    @BeforeEach
    void schoolA1HasItsCalendar() {
        as("a.admin", () -> TermDates.save2026(calendars, world.schoolA1));
    }

    /** A pupil nobody else's test uses: a fresh UPN with its check letter. */
    static PupilDetails newPupil(String lastName) {
        String upn = Upn.withCheckLetter(String.format("7731%08d", SERIAL.incrementAndGet()));
        return new PupilDetails("Kit", lastName, upn, of(2012, 2, 20), 9, SenStatus.NONE, false, null, false);
    }

    private long suspended(PupilDetails pupil, LocalDate firstDay, int days) {
        return as("a1.aplead", () -> suspensions.recordNewPupil(pupil,
                new NewSuspension(firstDay, days, SuspensionReason.PERSISTENT_DISRUPTION)));
    }

    @Test
    void three_and_three_days_across_a_bank_holiday_need_provision_until_a_placement_for_it_starts_in_time() {
        PupilDetails pupil = newPupil("Duty");
        // Wed 28 to Fri 30 Apr 2027; Mon 3 May bank holiday; Tue 4 to Thu 6 May: sixth school day Thu 6 May
        long pupilId = suspended(pupil, of(2027, 4, 28), 3);
        as("a1.slt", () -> suspensions.record(pupilId,
                new NewSuspension(of(2027, 5, 4), 3, SuspensionReason.VERBAL_ABUSE_ADULT)));

        PupilSuspensions seen = as("a1.dsl", () -> suspensions.forPupil(pupilId));
        assertThat(seen.pupilName()).isEqualTo("Kit Duty");
        assertThat(seen.suspensions()).extracting(SuspensionLine::lastDay)
                .containsExactly(of(2027, 5, 6), of(2027, 4, 30));
        assertThat(seen.suspensions().getLast().recordedBy()).isEqualTo("A1 AP Lead");
        assertThat(seen.runs()).singleElement().satisfies(duty -> {
            assertThat(duty.run().schoolDays()).isEqualTo(6);
            assertThat(duty.run().provisionBy()).isEqualTo(of(2027, 5, 6));
            assertThat(duty.state()).isEqualTo(ProvisionState.NOT_MET);
        });
        assertThat(seen.canRecord()).isFalse();
        assertThat(as("a1.head", () -> suspensions.forPupil(pupilId)).canRecord()).isTrue();
        assertThat(as("a1.slt", () -> suspensions.provisionDue())).extracting(ProvisionDue::pupilId)
                .contains(pupilId);
        assertThat(as("a1.aplead", () -> suspensions.provisionDraft(pupilId))).satisfies(draft -> {
            assertThat(draft.pupil().upn()).isEqualTo(pupil.upn());
            assertThat(draft.startsOn()).isEqualTo(of(2027, 5, 6));
            assertThat(draft.endsOn()).isEqualTo(of(2027, 5, 6));
        });

        long placement = as("a1.aplead", () -> placements.propose(pupil, provision(of(2027, 5, 6))));
        PupilSuspensions met = as("a1.dsl", () -> suspensions.forPlacement(placement));
        assertThat(met.runs()).singleElement().satisfies(duty -> {
            assertThat(duty.state()).isEqualTo(ProvisionState.MET);
            assertThat(duty.provisionStartsOn()).isEqualTo(of(2027, 5, 6));
        });
        assertThat(as("a1.slt", () -> suspensions.provisionDue())).extracting(ProvisionDue::pupilId)
                .doesNotContain(pupilId);
    }

    @Test
    void five_school_days_bring_no_duty_and_no_to_do() {
        long pupilId = suspended(newPupil("Five"), of(2027, 3, 1), 5);
        assertThat(as("a1.dsl", () -> suspensions.forPupil(pupilId)).runs()).singleElement()
                .satisfies(duty -> assertThat(duty.state()).isEqualTo(ProvisionState.NO_DUTY));
        assertThat(as("a1.slt", () -> suspensions.provisionDue())).extracting(ProvisionDue::pupilId)
                .doesNotContain(pupilId);
    }

    @Test
    void only_the_pupils_school_and_its_trust_leads_see_a_suspension_and_governors_count() {
        long pupilId = suspended(newPupil("Scoped"), of(2027, 3, 8), 7);
        assertThat(as("a.trustlead", () -> suspensions.forPupil(pupilId)).runs()).hasSize(1);
        assertThat(as("a.trustlead", () -> suspensions.list(PageRequest.of(0, 500))))
                .extracting(SuspensionRow::pupilId).contains(pupilId);
        assertThat(as("a1.dsl", () -> suspensions.list(PageRequest.of(0, 500))))
                .filteredOn(row -> row.pupilId() == pupilId).singleElement().satisfies(row -> {
                    assertThat(row.pupilName()).isEqualTo("Kit Scoped");
                    assertThat(row.lastDay()).isEqualTo(of(2027, 3, 16));
                    assertThat(row.duty()).isNotNull();
                    assertThat(row.duty().run().provisionBy()).isEqualTo(of(2027, 3, 15));
                });

        assertThatThrownBy(() -> as("a2.dsl", () -> suspensions.forPupil(pupilId))).isInstanceOf(NotFound.class);
        assertThat(as("a2.dsl", () -> suspensions.list(PageRequest.of(0, 500))))
                .extracting(SuspensionRow::pupilId).doesNotContain(pupilId);
        assertThat(as("a2.slt", () -> suspensions.provisionDue())).extracting(ProvisionDue::pupilId)
                .doesNotContain(pupilId);
        assertThatThrownBy(() -> as("b1.slt", () -> suspensions.forPupil(pupilId))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as("a2.aplead", () -> suspensions.record(pupilId,
                new NewSuspension(of(2027, 4, 12), 1, SuspensionReason.OTHER)))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as("a.trustlead", () -> suspensions.record(pupilId,
                new NewSuspension(of(2027, 4, 12), 1, SuspensionReason.OTHER))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.dsl", () -> suspensions.record(pupilId,
                new NewSuspension(of(2027, 4, 12), 1, SuspensionReason.OTHER))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.visitor", () -> suspensions.forPupil(pupilId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.governor", () -> suspensions.list(PageRequest.of(0, 50))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a.admin", () -> suspensions.count())).isInstanceOf(AccessDeniedException.class);
        SuspensionCounts counts = as("a1.governor", () -> suspensions.counts());
        assertThat(counts.suspensions()).isPositive();
        assertThat(counts.needingProvision()).isPositive();
        assertThat(counts.provisionNotMet()).isPositive();
    }

    @Test
    void a_known_upn_is_found_in_its_own_school_only_and_not_made_twice() {
        PupilDetails pupil = newPupil("Known");
        long pupilId = suspended(pupil, of(2027, 2, 22), 2);
        assertThat(as("a1.slt", () -> suspensions.findPupil(pupil.upn().toLowerCase())))
                .hasValueSatisfying(found -> assertThat(found.id()).isEqualTo(pupilId));
        assertThat(as("a2.aplead", () -> suspensions.findPupil(pupil.upn()))).isEmpty();
        assertThatThrownBy(() -> as("a1.slt", () -> suspensions.findPupil("A123")))
                .isInstanceOf(InvalidSuspension.class).hasMessageContaining("13 characters");
        assertThatThrownBy(() -> suspended(pupil, of(2027, 3, 1), 1)).isInstanceOf(InvalidSuspension.class)
                .hasMessage("The UPN " + pupil.upn() + " is Kit Known's: find that pupil and record the suspension"
                        + " there.");
    }

    @Test
    void bad_suspensions_are_refused_with_every_reason() {
        long pupilId = suspended(newPupil("Refused"), of(2027, 1, 11), 3);
        assertThatThrownBy(() -> as("a1.aplead", () -> suspensions.record(pupilId,
                new NewSuspension(of(2027, 1, 9), 2, SuspensionReason.DAMAGE))))
                .isInstanceOf(InvalidSuspension.class)
                .hasMessage("Sat 9 Jan 2027 is not a school day at School A1: a suspension starts on a school day.");
        assertThatThrownBy(() -> as("a1.aplead", () -> suspensions.record(pupilId,
                new NewSuspension(of(2027, 1, 12), 2, SuspensionReason.DAMAGE))))
                .isInstanceOf(InvalidSuspension.class)
                .hasMessage("It overlaps the suspension from Mon 11 Jan 2027 to Wed 13 Jan 2027.");
        assertThatThrownBy(() -> as("a1.aplead", () -> suspensions.record(pupilId,
                new NewSuspension(of(2027, 1, 18), 0, SuspensionReason.DAMAGE))))
                .isInstanceOf(InvalidSuspension.class).hasMessageContaining("from 1 to 45 school days");
        assertThatThrownBy(() -> as("a1.aplead", () -> suspensions.record(pupilId,
                new NewSuspension(of(2027, 1, 18), 43, SuspensionReason.DAMAGE))))
                .isInstanceOf(InvalidSuspension.class)
                .hasMessage("This makes 46 school days of suspension in 2026-27; a pupil may be suspended for at"
                        + " most 45 in a school year.");
        assertThatThrownBy(() -> as("a1.aplead", () -> suspensions.record(pupilId,
                new NewSuspension(of(2028, 9, 4), 6, SuspensionReason.DAMAGE))))
                .isInstanceOf(NoCalendar.class).hasMessageStartingWith("No calendar for 2028-29 at School A1");
        PupilDetails badPupil = new PupilDetails(" ", "Doe", "A801200001001", of(2012, 2, 20), 9, SenStatus.NONE,
                false, null, false);
        assertThatThrownBy(() -> as("a1.aplead", () -> suspensions.recordNewPupil(badPupil,
                new NewSuspension(of(2027, 1, 16), 2, SuspensionReason.DAMAGE))))
                .isInstanceOf(InvalidSuspension.class)
                .hasMessageContaining("Enter the pupil's first name.")
                .hasMessageContaining("it would be H")
                .hasMessageContaining("Sat 16 Jan 2027 is not a school day");
        assertThat(as("a1.dsl", () -> suspensions.forPupil(pupilId)).suspensions()).hasSize(1);
    }

    private PlacementTerms provision(LocalDate startsOn) {
        long provider = audits.provider("Day six centre " + SERIAL.incrementAndGet());
        long site = as("a1.aplead", () -> providers.get(provider).sites().getFirst().id());
        return new PlacementTerms(PlacementType.SUSPENSION_PROVISION, startsOn, startsOn.plusDays(1),
                "Full-time education from day 6", "Back at school after the suspension", new BigDecimal("60.00"),
                false, null, new Timetable(List.of(new TimetableSession(DayOfWeek.THURSDAY, Session.AM, provider,
                        site, LocalTime.of(9, 0), LocalTime.of(12, 0)))));
    }
}
