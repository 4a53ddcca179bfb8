package uk.apassure.placement;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import uk.apassure.IntegrationTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.Session;
import uk.apassure.calendar.TermDates;
import uk.apassure.calendar.YearPlan;
import uk.apassure.placement.NoticeRule.NoticeState;
import uk.apassure.placement.PlacementService.InvalidPlacement;
import uk.apassure.placement.PlacementService.NotFound;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.AccessGuard.AccessDeniedException;

/** Placements in MariaDB: pupil data stays in its school, governors count, activation needs checked providers. */
class PlacementServiceTest extends IntegrationTest {

    @Autowired
    PlacementService placements;

    @Autowired
    uk.apassure.pupilrisk.PupilRiskFixtures risks;

    @Autowired
    ProviderService providers;

    @Autowired
    CalendarService calendars;

    @Autowired
    AuditFixtures audits;

    private long site(long provider) {
        return as("a1.aplead", () -> providers.get(provider).sites().getFirst().id());
    }

    private PlacementTerms terms(long provider) {
        return terms(provider, of(2026, 12, 3));
    }

    private PlacementTerms terms(long provider, java.time.LocalDate startsOn) {
        long site = site(provider);
        return new PlacementTerms(PlacementType.VOCATIONAL, startsOn, of(2027, 3, 26), "Re-engage with learning",
                "Level 1 in animal care", new BigDecimal("85.00"), false, null, new Timetable(List.of(
                        new TimetableSession(DayOfWeek.TUESDAY, Session.AM, provider, site, LocalTime.of(9, 0),
                                LocalTime.of(12, 0)),
                        new TimetableSession(DayOfWeek.TUESDAY, Session.PM, provider, site, LocalTime.of(13, 0),
                                LocalTime.of(15, 0)))));
    }

    private static PupilDetails pupil(String upn) {
        return new PupilDetails("Jamie", "Doe", upn, of(2011, 5, 4), 10, SenStatus.EHCP, false, null, true);
    }

    @Test
    void pupil_data_stays_inside_the_pupils_school_and_its_trust_leads() {
        long provider = audits.provider("Scope farm");
        long id = as("a1.aplead", () -> placements.propose(pupil("H801200001001"), terms(provider)));

        assertThat(as("a1.dsl", () -> placements.get(id)).pupil().name()).isEqualTo("Jamie Doe");
        assertThat(as("a.trustlead", () -> placements.get(id)).pupil().upn()).isEqualTo("H801200001001");
        assertThatThrownBy(() -> as("a2.dsl", () -> placements.get(id))).isInstanceOf(NotFound.class);
        assertThat(as("a2.dsl", () -> placements.list(PlacementFilter.ANY, PageRequest.of(0, 50))))
                .extracting(PlacementRow::id).doesNotContain(id);
        assertThat(as("a1.dsl", () -> placements.list(PlacementFilter.ANY, PageRequest.of(0, 50))))
                .filteredOn(row -> row.id() == id).singleElement()
                .satisfies(row -> assertThat(row.providers()).isEqualTo("Scope farm"));
        assertThatThrownBy(() -> as("a1.governor", () -> placements.get(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a.admin", () -> placements.list(PlacementFilter.ANY, PageRequest.of(0, 50))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("a1.governor", () -> placements.counts()))
                .anySatisfy(count -> assertThat(count.status()).isEqualTo(PlacementStatus.PROPOSED));
    }

    @Test
    void a_placement_starts_only_at_an_approved_provider_with_a_signed_off_audit() {
        long unchecked = audits.provider("Unchecked farm");
        long id = as("a1.aplead", () -> placements.propose(pupil("P820400105013"), terms(unchecked)));
        long version = as("a1.slt", () -> placements.get(id)).version();
        assertThatThrownBy(() -> as("a1.slt",
                () -> placements.changeStatus(id, version, PlacementStatus.ACTIVE, "Agreed at panel", null)))
                .isInstanceOf(InvalidPlacement.class)
                .hasMessage("The placement cannot start yet: Unchecked farm is prospective, not approved."
                        + " Unchecked farm has no signed-off pre-placement audit. The pupil has no approved individual"
                        + " risk assessment: write it with the provider and have it approved under \"Pupil risk"
                        + " assessment\" on this page.");

        long checked = audits.provider("Checked farm");
        audits.decided(checked);
        long ready = as("a1.aplead", () -> placements.propose(pupil("T821600012000"), terms(checked)));
        risks.approved("a1.slt", ready);
        long readyVersion = as("a1.slt", () -> placements.get(ready)).version();
        assertThatThrownBy(() -> as("a1.aplead",
                () -> placements.changeStatus(ready, readyVersion, PlacementStatus.ACTIVE, "Agreed", null)))
                .isInstanceOf(AccessDeniedException.class);
        as("a1.slt", () -> placements.changeStatus(ready, readyVersion, PlacementStatus.ACTIVE, "Agreed at panel",
                null));
        PlacementPage active = as("a1.dsl", () -> placements.get(ready));
        assertThat(active.status()).isEqualTo(PlacementStatus.ACTIVE);
        assertThat(active.history()).extracting(PlacementPage.StatusChange::reason)
                .containsExactly("Proposed", "Agreed at panel");
        assertThatThrownBy(() -> as("a1.slt",
                () -> placements.changeStatus(ready, active.version(), PlacementStatus.REINTEGRATED, "Back", " ")))
                .isInstanceOf(InvalidPlacement.class).hasMessageContaining("destination");
        assertThatThrownBy(() -> as("a1.slt",
                () -> placements.changeStatus(ready, readyVersion, PlacementStatus.ENDED, "Old page", "Home")))
                .isInstanceOf(InvalidPlacement.class).hasMessageContaining("Someone else changed this placement");
    }

    @Test
    void bad_input_is_refused_with_every_reason() {
        long provider = audits.provider("Input farm");
        PupilDetails wrongUpn = new PupilDetails(" ", "Doe", "A801200001001", of(2024, 1, 1), 15, SenStatus.NONE,
                false, null, false);
        assertThatThrownBy(() -> as("a1.aplead", () -> placements.propose(wrongUpn, terms(provider))))
                .isInstanceOf(InvalidPlacement.class)
                .hasMessageContaining("Enter the pupil's first name.")
                .hasMessageContaining("it would be H")
                .hasMessageContaining("Check the date of birth")
                .hasMessageContaining("Choose a year group from Reception to Year 14.");
        long other = audits.provider("Other farm");
        PlacementTerms wrongSite = terms(provider);
        PlacementTerms mixed = new PlacementTerms(wrongSite.type(), wrongSite.startsOn(), wrongSite.endsOn(),
                wrongSite.aims(), wrongSite.plannedOutcomes(), wrongSite.costPerSession(), false, null,
                new Timetable(List.of(new TimetableSession(DayOfWeek.MONDAY, Session.AM, provider, site(other),
                        LocalTime.of(9, 0), LocalTime.of(12, 0)))));
        assertThatThrownBy(() -> as("a1.aplead", () -> placements.propose(pupil("H801200001001"), mixed)))
                .isInstanceOf(InvalidPlacement.class).hasMessage("Choose one of Input farm's own sites for each of"
                        + " its sessions.");
        assertThatThrownBy(() -> as("a1.dsl", () -> placements.propose(pupil("H801200001001"), terms(provider))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_notice_is_judged_two_school_days_before_the_start_on_the_schools_calendar() {
        YearPlan plan = TermDates.plan2026();
        long version = as("a.admin", () -> calendars.plans(world.schoolA1)).stream()
                .filter(p -> p.year().equals(plan.year())).mapToLong(YearPlan::version).findFirst().orElse(0);
        as("a.admin", () -> calendars.save(world.schoolA1,
                new YearPlan(plan.year(), plan.halfTerms(), plan.closures(), version)));
        long provider = audits.provider("Notice farm");
        long id = as("a1.aplead", () -> placements.propose(pupil("H801200001001"), terms(provider, of(2026, 11, 12))));
        // start Thu 12 Nov 2026: the notice must go by Tue 10 Nov
        as("a1.aplead", () -> placements.recordNoticeSent(id, of(2026, 11, 10)));
        assertThat(as("a1.dsl", () -> placements.get(id))).satisfies(page -> {
            assertThat(page.notice()).isEqualTo(NoticeState.ON_TIME);
            assertThat(page.latestNotice()).isEqualTo(of(2026, 11, 10));
        });
        as("a1.aplead", () -> placements.recordNoticeSent(id, of(2026, 11, 11)));
        assertThat(as("a1.dsl", () -> placements.get(id)).notice()).isEqualTo(NoticeState.LATE);
    }
}
