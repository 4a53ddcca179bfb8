package uk.apassure.compare;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.base.domain.Rag;
import uk.apassure.base.time.MutableClock;
import uk.apassure.calendar.CalendarService;
import uk.apassure.organisation.SchoolService;
import uk.apassure.provider.ProviderType;
import uk.apassure.provider.RegistrationTriggers;
import uk.apassure.renewal.RenewalQueries;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.AccessGuard.AccessDeniedException;
import uk.apassure.visit.CadenceAt;

/**
 * Every measure of the comparison on the hand-made trust of {@link CompareData}, today Mon 23 Nov 2026,
 * over a period across the Autumn half-term break (Thu 1 Oct – Fri 20 Nov 2026). The expected numbers
 * are worked out by hand in the comments.
 */
class CompareServiceTest extends IntegrationTest {

    /** Across the end of Autumn 1 (Fri 23 Oct) and the start of Autumn 2 (Mon 2 Nov). */
    static final ComparePeriod ACROSS_HALF_TERM = new ComparePeriod("test", "test", of(2026, 10, 1), of(2026, 11, 20));

    @Autowired
    CompareData data;

    @Autowired
    CompareQueries queries;

    @Autowired
    CadenceAt cadence;

    @Autowired
    RenewalQueries renewals;

    @Autowired
    RegistrationTriggers triggers;

    @Autowired
    SchoolService schools;

    @Autowired
    CalendarService calendars;

    @Autowired
    AccessGuard access;

    private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-23T09:00:00Z"));
    private CompareService compare;

    @BeforeEach
    void dataSet() {
        data.ensure();
        compare = new CompareService(queries, cadence.at(clock), renewals, triggers, schools, calendars, access, clock);
    }

    private Measures row(List<Measures> rows, long providerId) {
        return rows.stream().filter(m -> m.providerId() != null && m.providerId() == providerId).findFirst()
                .orElseThrow(() -> new AssertionError("no row for provider " + providerId));
    }

    @Test
    void the_trust_lead_sees_each_used_provider_with_every_measure_counted_by_hand() {
        List<Measures> rows = as("c.trustlead", () -> compare.providers(ACROSS_HALF_TERM));

        // the unused provider has no placement or concern: no row; names in order
        assertThat(rows).extracting(Measures::providerName)
                .containsExactly("Forge Workshop", "Meadow Farm", "Riverside College");

        Measures farm = row(rows, data.farm);
        // North's two active placements and South's one; North's placement that ended on 30 Sep and the proposal do not count
        assertThat(farm.schools()).isEqualTo(2);
        assertThat(farm.placements()).isEqualTo(3);
        assertThat(farm.latestRag()).isEqualTo(Rag.AMBER);
        assertThat(farm.latestAuditOn()).isEqualTo(of(2026, 9, 15));
        // expired on 22 Nov; the one expiring today is not overdue yet
        assertThat(farm.renewalsOverdue()).isEqualTo(1);
        // North: 5 Oct P+L, 12 Oct U (+X left out), 6 Oct A, 2 Nov P; South: 13 Nov P+U. 28 Sep and 23 Nov are outside
        assertThat(farm.attended()).isEqualTo(4);
        assertThat(farm.counted()).isEqualTo(7);
        assertThat(farm.attendancePercent()).isEqualByComparingTo("57.1");
        // Autumn 1 ended in the period: both North placements spanned it; one signed review (the other a draft)
        assertThat(farm.reviewsOwed()).isEqualTo(2);
        assertThat(farm.reviewsHeld()).isEqualTo(1);
        assertThat(farm.reviewsOnTimePercent()).isEqualByComparingTo("50.0");
        // (50 × 2 + 40 × 1 + 60 × 2) / 3 placements
        assertThat(farm.costPerWeek()).isEqualByComparingTo("86.67");
        // North's open concern of 9 Oct; South's closed one of 24 Nov 2025 is within 12 months, June 2025's is not
        assertThat(farm.openConcerns()).isEqualTo(1);
        assertThat(farm.concernsLastYear()).isEqualTo(2);
        assertThat(farm.ended()).isZero();
        assertThat(farm.registrationTriggered()).isFalse();
        // all three active placements are within cadence today (North visited on 16 Nov; South's started 9 Nov)
        assertThat(farm.cadencePlacements()).isEqualTo(3);
        assertThat(farm.visitCompliancePercent()).isEqualByComparingTo("100.0");

        Measures workshop = row(rows, data.workshop);
        assertThat(workshop.schools()).isEqualTo(1);
        // the Wednesday pupil, the reintegrated pupil (ended 16 Oct) and the full-time pupil from 16 Nov
        assertThat(workshop.placements()).isEqualTo(3);
        assertThat(workshop.attendancePercent()).isEqualByComparingTo("100.0");
        assertThat(workshop.reviewsOwed()).isEqualTo(1);
        assertThat(workshop.reviewsOnTimePercent()).isEqualByComparingTo("0.0");
        assertThat(workshop.ended()).isEqualTo(1);
        assertThat(workshop.reintegrated()).isEqualTo(1);
        assertThat(workshop.qualifications()).isEqualTo(2);
        assertThat(workshop.destinations()).isEqualTo(1);
        // only the Wednesday placement is costed: 40 × 2
        assertThat(workshop.costPerWeek()).isEqualByComparingTo("80.00");
        // a full-time pupil with an EHCP at an unregistered setting (001 §7.2)
        assertThat(workshop.registrationTriggered()).isTrue();
        assertThat(workshop.latestRag()).isEqualTo(Rag.GREEN);
        assertThat(workshop.renewalsOverdue()).isZero();
        // never visited: the Wednesday pupil's tenth session was 30 Sep, the full-time pupil's Fri 20 Nov
        assertThat(workshop.cadencePlacements()).isEqualTo(2);
        assertThat(workshop.visitCompliancePercent()).isEqualByComparingTo("0.0");

        Measures college = row(rows, data.college);
        // a provider with no visits and no marks: no percentage rather than 0 %
        assertThat(college.attendancePercent()).isNull();
        assertThat(college.visitCompliancePercent()).isNull();
        assertThat(college.reviewsOnTimePercent()).isEqualByComparingTo("100.0");
        assertThat(college.costPerWeek()).isEqualByComparingTo("90.00");
        assertThat(college.ended()).isEqualTo(1);
        assertThat(college.reintegrated()).isZero();
        assertThat(college.destinations()).isEqualTo(1);
        assertThat(college.latestRag()).isNull();
        assertThat(college.openConcerns()).isZero();
    }

    @Test
    void the_drill_down_splits_a_provider_by_school_and_a_school_without_placements_has_no_row() {
        List<Measures> bySchool = as("c.trustlead", () -> compare.bySchool(data.farm, ACROSS_HALF_TERM));

        assertThat(bySchool).extracting(Measures::schoolName).containsExactly("North Academy", "South Academy");
        Measures north = bySchool.get(0);
        assertThat(north.placements()).isEqualTo(2);
        assertThat(north.attendancePercent()).isEqualByComparingTo("60.0");
        assertThat(north.reviewsOnTimePercent()).isEqualByComparingTo("50.0");
        assertThat(north.costPerWeek()).isEqualByComparingTo("70.00");
        assertThat(north.openConcerns()).isEqualTo(1);
        assertThat(north.cadencePlacements()).isEqualTo(2);
        Measures south = bySchool.get(1);
        assertThat(south.placements()).isEqualTo(1);
        assertThat(south.attendancePercent()).isEqualByComparingTo("50.0");
        assertThat(south.reviewsOnTimePercent()).isNull();
        assertThat(south.openConcerns()).isZero();
        assertThat(south.concernsLastYear()).isEqualTo(1);

        // per school over all providers, with the providers' latest RAG counted
        List<Measures> schoolsRows = as("c.trustlead", () -> compare.schools(ACROSS_HALF_TERM));
        assertThat(schoolsRows).extracting(Measures::schoolName).containsExactly("North Academy", "South Academy");
        assertThat(schoolsRows.get(0)).satisfies(m -> {
            assertThat(List.of(m.green(), m.amber(), m.red(), m.unaudited())).containsExactly(1L, 1L, 0L, 0L);
            // placement-provider pairs: the split placement counts at both
            assertThat(m.placements()).isEqualTo(5);
        });
        assertThat(schoolsRows.get(1)).satisfies(m ->
                assertThat(List.of(m.green(), m.amber(), m.red(), m.unaudited())).containsExactly(0L, 1L, 0L, 1L));
    }

    @Test
    void a_trend_by_half_term_uses_the_schools_half_terms() {
        ComparePeriod autumn = new ComparePeriod("t", "t", of(2026, 9, 1), of(2026, 12, 18));
        List<HalfTermPoint> trend = as("c.trustlead", () -> compare.trend(data.farm, autumn));

        assertThat(trend).extracting(HalfTermPoint::label).containsExactly("2026/27 Autumn 1", "2026/27 Autumn 2");
        // Autumn 1: 28 Sep U, 5 Oct P+L, 12 Oct U (X left out), 6 Oct A
        assertThat(trend.get(0).attended()).isEqualTo(2);
        assertThat(trend.get(0).counted()).isEqualTo(5);
        // North's two active placements and the one that ended on 30 Sep, inside Autumn 1 (it owed no review)
        assertThat(trend.get(0).placements()).isEqualTo(3);
        assertThat(trend.get(0).reviewsOnTimePercent()).isEqualByComparingTo("50.0");
        // Autumn 2 to today: North 2 Nov P and 23 Nov P; South 13 Nov P+U; not ended, so no review owed yet
        assertThat(trend.get(1).attendancePercent()).isEqualByComparingTo("75.0");
        assertThat(trend.get(1).placements()).isEqualTo(3);
        assertThat(trend.get(1).reviewsOwed()).isZero();
    }

    @Test
    void a_school_leader_sees_only_their_schools_providers_and_numbers() {
        List<Measures> north = as("c1.slt", () -> compare.providers(ACROSS_HALF_TERM));
        assertThat(north).extracting(Measures::providerName).containsExactly("Forge Workshop", "Meadow Farm");
        Measures farm = row(north, data.farm);
        assertThat(farm.schools()).isEqualTo(1);
        assertThat(farm.placements()).isEqualTo(2);
        assertThat(farm.attendancePercent()).isEqualByComparingTo("60.0");
        assertThat(farm.concernsLastYear()).isEqualTo(1);
        assertThat(farm.cadencePlacements()).isEqualTo(2);
        assertThat(as("c1.slt", () -> compare.bySchool(data.farm, ACROSS_HALF_TERM)))
                .extracting(Measures::schoolName).containsExactly("North Academy");

        List<Measures> south = as("c2.slt", () -> compare.providers(ACROSS_HALF_TERM));
        assertThat(south).extracting(Measures::providerName).containsExactly("Meadow Farm", "Riverside College");
        assertThat(row(south, data.farm).attendancePercent()).isEqualByComparingTo("50.0");
        assertThat(row(south, data.farm).placements()).isEqualTo(1);

        // a school with no placements compares nothing
        assertThat(as("c3.slt", () -> compare.providers(ACROSS_HALF_TERM))).isEmpty();
    }

    @Test
    void governors_get_aggregates_by_school_and_type_only() {
        List<Measures> rows = as("c1.governor", () -> compare.bySchoolAndType(ACROSS_HALF_TERM));
        assertThat(rows).hasSize(1);
        Measures north = rows.getFirst();
        assertThat(north.schoolName()).isEqualTo("North Academy");
        assertThat(north.type()).isEqualTo(ProviderType.UNREGISTERED_PROVIDER);
        assertThat(north.providerId()).isNull();
        assertThat(north.providers()).isEqualTo(2);
        // farm 3/5 and workshop 2/2
        assertThat(north.attendancePercent()).isEqualByComparingTo("71.4");
        assertThat(north.triggered()).isEqualTo(1);
        assertThat(north.openConcerns()).isEqualTo(1);
        assertThat(north.cadencePlacements()).isEqualTo(4);
        assertThat(north.withinCadence()).isEqualTo(2);

        assertThatThrownBy(() -> as("c1.governor", () -> compare.providers(ACROSS_HALF_TERM)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("c1.governor", () -> compare.bySchool(data.farm, ACROSS_HALF_TERM)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("c1.governor", () -> compare.trend(data.farm, ACROSS_HALF_TERM)))
                .isInstanceOf(AccessDeniedException.class);

        // the board (a governor of the trust, not of a school) sees every school by type
        assertThat(as("c.board", () -> compare.bySchoolAndType(ACROSS_HALF_TERM)))
                .extracting(m -> m.schoolName() + " / " + m.type())
                .containsExactly("North Academy / UNREGISTERED_PROVIDER", "South Academy / FE_COLLEGE",
                        "South Academy / UNREGISTERED_PROVIDER");
    }

    @Test
    void renewals_overdue_are_the_rows_renewals_shows_overdue_one_day_late_not_on_the_day() {
        CompareData.Renewals r = data.renewals();
        List<Measures> rows = as("cr.trustlead", () -> compare.providers(ACROSS_HALF_TERM));
        // evidence that expired yesterday (Sun 22 Nov) is overdue; evidence that expires today is due soon
        assertThat(row(rows, r.expiredYesterday()).renewalsOverdue()).isEqualTo(1);
        assertThat(row(rows, r.dueToday()).renewalsOverdue()).isZero();
        // on the LA's list until yesterday: overdue, a row of no school the trust lead sees; until today: not yet
        assertThat(row(rows, r.laExpiredYesterday()).renewalsOverdue()).isEqualTo(1);
        assertThat(row(rows, r.laDueToday()).renewalsOverdue()).isZero();

        // West relies on its own audit; the LA rows belong to no school, so West's SLT does not count them
        List<Measures> west = as("cr1.slt", () -> compare.providers(ACROSS_HALF_TERM));
        assertThat(row(west, r.expiredYesterday()).renewalsOverdue()).isEqualTo(1);
        assertThat(row(west, r.laExpiredYesterday()).renewalsOverdue()).isZero();
        assertThat(as("cr.trustlead", () -> compare.schools(ACROSS_HALF_TERM))).singleElement()
                .satisfies(school -> assertThat(school.renewalsOverdue()).isEqualTo(1));

        // the next day the evidence due today is overdue too
        clock.set(java.time.Instant.parse("2026-11-24T09:00:00Z"));
        rows = as("cr.trustlead", () -> compare.providers(ACROSS_HALF_TERM));
        assertThat(row(rows, r.dueToday()).renewalsOverdue()).isEqualTo(1);
        assertThat(row(rows, r.laDueToday()).renewalsOverdue()).isEqualTo(1);
    }

    @Test
    void other_roles_are_refused() {
        for (String user : List.of("c1.visitor", "c.admin")) {
            assertThatThrownBy(() -> as(user, () -> compare.providers(ACROSS_HALF_TERM)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> compare.bySchoolAndType(ACROSS_HALF_TERM)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void periods_come_from_the_school_calendar() {
        List<ComparePeriod> periods = as("c1.slt", () -> compare.periods());
        assertThat(periods).extracting(ComparePeriod::key).containsExactly("12-months", "term", "year-2026", "year-2025");
        assertThat(periods.get(0).from()).isEqualTo(of(2025, 11, 24));
        // Autumn term: Autumn 1 and 2 of North's calendar
        assertThat(periods.get(1).from()).isEqualTo(of(2026, 9, 2));
        assertThat(periods.get(1).to()).isEqualTo(of(2026, 12, 18));
        assertThat(periods.get(2).to()).isEqualTo(of(2027, 7, 21));
        // no calendar for 2025/26: 1 Sep to 31 Aug
        assertThat(periods.get(3).from()).isEqualTo(of(2025, 9, 1));
        assertThat(periods.get(3).to()).isEqualTo(of(2026, 8, 31));
    }
}
