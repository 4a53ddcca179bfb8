package uk.apassure.placement;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import uk.apassure.IntegrationTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.calendar.TermDates;
import uk.apassure.security.AccessGuard.AccessDeniedException;

/**
 * The placements grid in MariaDB: each filter over a small set of placements at two schools of one
 * trust, the scope applied in the query, and "notice late" judged on each school's calendar.
 */
class PlacementGridTest extends IntegrationTest {

    @Autowired
    PlacementService placements;

    @Autowired
    PlacementRepository repository;

    @Autowired
    PlacementEditService edits;

    @Autowired
    PlacementFixtures fixtures;

    @Autowired
    AuditFixtures audits;

    @Autowired
    FullTimeFixtures fullTime;

    private long farm;
    private long workshop;
    private long a1Farm;
    private long a1Workshop;
    private long a1Both;
    private long a2Farm;

    @BeforeEach
    void twoSchoolsPlaceAtTwoProviders() {
        fixtures.calendars();
        farm = audits.provider("Grid farm");
        audits.decided(farm);
        workshop = audits.provider("Grid workshop");
        a1Farm = fixtures.propose("a1.aplead", PlacementType.VOCATIONAL, of(2027, 1, 12), farm);
        a1Workshop = fixtures.propose("a1.aplead", PlacementType.MEDICAL_SEMH, of(2027, 2, 2), workshop);
        a1Both = fixtures.propose("a1.aplead", PlacementType.VOCATIONAL, of(2026, 12, 8), farm, workshop);
        a2Farm = fixtures.propose("a2.aplead", PlacementType.VOCATIONAL, of(2027, 1, 12), farm);
        fixtures.start("a1.slt", a1Farm);
    }

    @AfterEach
    void termDatesAsTheyWere() {
        fixtures.calendars();
    }

    @Test
    void each_filter_narrows_the_schools_own_placements() {
        PlacementFilter atFarm = PlacementFilter.ANY.withProvider(farm);
        assertThat(ids("a1.dsl", atFarm)).containsExactly(a1Farm, a1Both);
        assertThat(ids("a1.dsl", PlacementFilter.ANY.withProvider(workshop).withType(PlacementType.MEDICAL_SEMH)))
                .containsExactly(a1Workshop);
        assertThat(ids("a1.dsl", atFarm.withStatus(PlacementStatus.ACTIVE))).containsExactly(a1Farm);
        assertThat(ids("a1.dsl", atFarm.withStatus(PlacementStatus.PROPOSED))).containsExactly(a1Both);
        // both ends of the start range are inclusive
        PlacementFilter january = atFarm.withStartsFrom(of(2027, 1, 12)).withStartsTo(of(2027, 1, 12));
        assertThat(ids("a1.dsl", january)).containsExactly(a1Farm);
        assertThat(ids("a1.dsl", january.withStartsFrom(of(2027, 1, 13)))).isEmpty();
        assertThat(ids("a1.dsl", january.withStartsTo(of(2027, 1, 11)).withStartsFrom(null))).containsExactly(a1Both);
        assertThat(as("a1.dsl", () -> placements.count(atFarm))).isEqualTo(2);
        assertThat(as("a1.dsl", () -> placements.list(atFarm, PageRequest.of(0, 50))))
                .filteredOn(row -> row.id() == a1Both).singleElement()
                .satisfies(row -> assertThat(row.providers()).isEqualTo("Grid farm, Grid workshop"));
    }

    @Test
    void sorting_follows_the_chosen_column_and_pages_never_overlap() {
        PlacementFilter atFarm = PlacementFilter.ANY.withProvider(farm);
        // equal starts in the order they were made, or its reverse: the id keeps pages apart
        assertThat(as("a.trustlead", () -> placements.list(atFarm, PageRequest.of(0, 50, Sort.by("startsOn")))))
                .extracting(PlacementRow::id).containsExactly(a1Both, a1Farm, a2Farm);
        assertThat(as("a.trustlead", () -> placements.list(atFarm, PageRequest.of(0, 50,
                Sort.by(Sort.Direction.DESC, "startsOn"))))).extracting(PlacementRow::id)
                .containsExactly(a2Farm, a1Farm, a1Both);
        assertThat(as("a.trustlead", () -> placements.list(atFarm, PageRequest.of(0, 50, Sort.by("status")))))
                .extracting(PlacementRow::status)
                .containsExactly(PlacementStatus.ACTIVE, PlacementStatus.PROPOSED, PlacementStatus.PROPOSED);
        List<Long> first = as("a.trustlead", () -> placements.list(atFarm, PageRequest.of(0, 2))).stream()
                .map(PlacementRow::id).toList();
        List<Long> second = as("a.trustlead", () -> placements.list(atFarm, PageRequest.of(1, 2))).stream()
                .map(PlacementRow::id).toList();
        assertThat(first).hasSize(2).doesNotContainAnyElementsOf(second);
        assertThat(second).hasSize(1);
    }

    @Test
    void pupils_sort_by_last_name_also_after_a_pupil_is_renamed() {
        long provider = audits.provider("Sort farm");
        long adams = as("a1.aplead", () -> placements.propose(PlacementFixtures.pupil("Zara", "Adams"),
                fixtures.terms(PlacementType.VOCATIONAL, of(2027, 1, 12), provider)));
        long young = as("a1.aplead", () -> placements.propose(PlacementFixtures.pupil("Amy", "Young"),
                fixtures.terms(PlacementType.VOCATIONAL, of(2027, 1, 12), provider)));
        PlacementFilter there = PlacementFilter.ANY.withProvider(provider);
        assertThat(as("a1.dsl", () -> placements.list(there, PageRequest.of(0, 50, Sort.by("pupil")))))
                .extracting(PlacementRow::id).containsExactly(adams, young);

        PlacementEdit base = as("a1.aplead", () -> edits.open(adams));
        PupilDetails was = base.pupil();
        as("a1.aplead", () -> edits.save(base, new PupilDetails(was.firstName(), "Zephyr", was.upn(),
                was.dateOfBirth(), was.yearGroup(), was.sen(), was.lookedAfter(), was.socialWorker(),
                was.freeSchoolMeals()), base.terms(), ""));
        // a second placement of the renamed pupil sorts by the new name as well
        long again = as("a1.aplead", () -> placements.propose(new PupilDetails("Zara", "Zephyr", was.upn(),
                was.dateOfBirth(), was.yearGroup(), was.sen(), false, null, false),
                fixtures.terms(PlacementType.MEDICAL_SEMH, of(2027, 3, 2), provider)));
        assertThat(as("a1.dsl", () -> placements.list(there, PageRequest.of(0, 50, Sort.by("pupil")))))
                .extracting(PlacementRow::id).containsExactly(young, adams, again);
        assertThat(as("a1.dsl", () -> placements.list(there, PageRequest.of(0, 50,
                Sort.by(Sort.Direction.DESC, "pupil"))))).extracting(PlacementRow::id)
                .containsExactly(again, adams, young);
    }

    @Test
    void the_scope_comes_first_a_school_sees_its_own_and_the_trust_lead_all() {
        PlacementFilter atFarm = PlacementFilter.ANY.withProvider(farm);
        assertThat(ids("a2.dsl", atFarm)).containsExactly(a2Farm);
        assertThat(ids("a2.dsl", atFarm.withSchool(world.schoolA1))).isEmpty();
        assertThat(ids("a.trustlead", atFarm)).containsExactlyInAnyOrder(a1Farm, a1Both, a2Farm);
        assertThat(as("a.trustlead", () -> placements.list(atFarm.withSchool(world.schoolA2), PageRequest.of(0, 50))))
                .singleElement().satisfies(row -> {
                    assertThat(row.id()).isEqualTo(a2Farm);
                    assertThat(row.schoolName()).isEqualTo("School A2");
                });
        assertThat(ids("b.trustlead", atFarm)).isEmpty();
        assertThatThrownBy(() -> as("a1.governor", () -> placements.list(atFarm, PageRequest.of(0, 50))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a.admin", () -> placements.count(atFarm)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /**
     * 001 §7.2 at its edge: one pupil with an EHCP full-time (18 hours a week) puts a provider over the
     * trigger, 17.5 hours does not. The filter finds the placements with a session there, also
     * those of other pupils, and the rows carry the flag; another school sees only its own.
     */
    @Test
    void registration_trigger_flags_every_placement_at_a_provider_over_it() {
        long over = fullTime.unregistered("Trigger grid farm");
        long under = fullTime.unregistered("Under trigger grid farm");
        long ehcp = fullTime.pupil("a1.aplead", "Esme Hart").ehcp().at(over, FullTimeFixtures.hours(18)).active();
        long partTime = fullTime.pupil("a1.aplead", "Piers Hart").at(over, FullTimeFixtures.hours(6)).proposed();
        long nearly = fullTime.pupil("a1.aplead", "Nia Hart").ehcp().at(under, FullTimeFixtures.hours(17.5))
                .active();
        long otherSchool = fullTime.pupil("a2.aplead", "Oli Hart").at(over, FullTimeFixtures.hours(3)).proposed();

        PlacementFilter trigger = PlacementFilter.ANY.withFlag(PlacementFlag.REGISTRATION_TRIGGER, true);
        assertThat(ids("a1.dsl", trigger.withProvider(over))).containsExactlyInAnyOrder(ehcp, partTime);
        assertThat(ids("a1.dsl", trigger.withProvider(under))).isEmpty();
        assertThat(ids("a2.dsl", trigger.withProvider(over))).containsExactly(otherSchool);
        assertThat(as("a1.dsl", () -> placements.count(trigger.withProvider(over)))).isEqualTo(2);
        for (long provider : List.of(over, under)) {
            assertThat(as("a1.dsl", () -> placements.list(PlacementFilter.ANY.withProvider(provider),
                    PageRequest.of(0, 50)))).hasSize(provider == over ? 2 : 1).allSatisfy(row -> assertThat(
                            row.flags().contains(PlacementFlag.REGISTRATION_TRIGGER)).isEqualTo(row.id() != nearly));
        }
    }

    /**
     * A start on Tue 3 Nov 2026, after half-term and an INSET day (Mon 2 Nov): the notice must go by
     * Thu 22 Oct, the second school day before.
     */
    @Test
    void notice_late_is_judged_on_the_school_calendar_and_filters_in_the_query() {
        long provider = audits.provider("Notice grid farm");
        LocalDate start = of(2026, 11, 3);
        long onTime = fixtures.propose("a1.aplead", PlacementType.VOCATIONAL, start, provider);
        long late = fixtures.propose("a1.aplead", PlacementType.VOCATIONAL, start, provider);
        long unsent = fixtures.propose("a1.aplead", PlacementType.VOCATIONAL, start, provider);
        as("a1.aplead", () -> {
            placements.recordNoticeSent(onTime, of(2026, 10, 22));
            placements.recordNoticeSent(late, of(2026, 10, 23));
        });
        PlacementFilter noticeLate = PlacementFilter.ANY.withProvider(provider).withFlag(PlacementFlag.NOTICE_LATE,
                true);
        assertThat(ids("a1.dsl", noticeLate)).containsExactlyInAnyOrder(late, unsent);
        assertThat(as("a1.dsl", () -> placements.list(PlacementFilter.ANY.withProvider(provider),
                PageRequest.of(0, 50)))).allSatisfy(row -> assertThat(row.flags().contains(PlacementFlag.NOTICE_LATE))
                        .isEqualTo(row.id() != onTime));

        // on the last day itself nothing is late yet; the day after, the unsent notice and the one sent that day are
        List<Long> a1 = List.of(world.schoolA1);
        assertThat(repository.countRows(a1, noticeLate, new FlagFacts(of(2026, 10, 22), Set.of()))).isZero();
        assertThat(repository.countRows(a1, noticeLate, new FlagFacts(of(2026, 10, 23), Set.of()))).isEqualTo(2);

        // a closure added on Thu 22 Oct moves the last day to Wed 21 Oct: the notice sent on the 22nd is late now
        fixtures.calendars(TermDates.inset(of(2026, 10, 22)));
        assertThat(ids("a1.dsl", noticeLate)).containsExactlyInAnyOrder(onTime, late, unsent);
        assertThat(as("a1.dsl", () -> placements.get(onTime)).latestNotice()).isEqualTo(of(2026, 10, 21));
        fixtures.calendars();
        assertThat(ids("a1.dsl", noticeLate)).containsExactlyInAnyOrder(late, unsent);
    }

    private List<Long> ids(String username, PlacementFilter filter) {
        List<Long> ids = as(username, () -> placements.list(filter, PageRequest.of(0, 50))).stream()
                .map(PlacementRow::id).toList();
        assertThat(as(username, () -> placements.count(filter))).as("count").isEqualTo(ids.size());
        return ids;
    }
}
