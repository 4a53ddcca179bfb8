package uk.apassure.visit;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.apassure.IntegrationTest;
import uk.apassure.base.time.MutableClock;
import uk.apassure.calendar.CalendarService;
import uk.apassure.organisation.SchoolService;
import uk.apassure.placement.PlacementFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.AccessGuard.AccessDeniedException;
import uk.apassure.visit.VisitCadence.Basis;
import uk.apassure.visit.VisitCadence.Due;

/**
 * The cadence per placement in MariaDB (003): each provider of an active placement has its own due
 * date from its own sessions on the school calendar and the school's own visits; a provider's
 * cadence is its most urgent placement's; pupils stay in their school; a fixed number of queries.
 * Today is a clock the test sets: Thu 19 Nov 2026, noon.
 */
class CadenceServiceTest extends IntegrationTest {

    private static final List<DayOfWeek> FULL_TIME = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

    @Autowired
    VisitRepository visitRepository;

    @Autowired
    CadenceQueries cadenceQueries;

    @Autowired
    ActivePlacements activePlacements;

    @Autowired
    CalendarService calendars;

    @Autowired
    ProviderService providers;

    @Autowired
    SchoolService schools;

    @Autowired
    AccessGuard access;

    @Autowired
    VisitFixtures visits;

    @Autowired
    VisitService visitService;

    @Autowired
    PlacementFixtures placements;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagers;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-19T12:00:00Z"));
    private CadenceService cadence;

    @BeforeEach
    void calendarsAndClock() {
        placements.termDates(world.schoolA1);
        placements.termDates(world.schoolA2);
        cadence = new CadenceService(visitRepository, cadenceQueries, activePlacements, calendars, providers, schools, access, clock);
    }

    @Test
    void each_provider_of_a_placement_has_its_own_due_date_from_its_own_sessions_and_the_schools_visits() {
        long farm = visits.approvedProvider("Cadence farm");
        long workshop = visits.approvedProvider("Cadence workshop");
        // from Mon 2 Nov 2026 (an INSET day): Mon-Wed at the farm, Thu-Fri at the workshop
        long placement = placements.active("a1.aplead", of(2026, 11, 2),
                Map.of(farm, List.of(MONDAY, TUESDAY, WEDNESDAY), workshop, List.of(THURSDAY, FRIDAY)));
        visits.submittedVisit("a1.visitor", farm, LocalDateTime.of(2026, 11, 9, 10, 0));
        // none of these restart the workshop's clock: a draft, a home visit, another school's visit
        visits.draftVisit("a1.visitor", workshop);
        homeVisit("a1.visitor", workshop, LocalDateTime.of(2026, 11, 10, 10, 0));
        visits.submittedVisit("a2.dsl", workshop, LocalDateTime.of(2026, 11, 12, 10, 0));

        List<PlacementCadence> due = as("a1.visitor", () -> cadence.forPlacement(placement));
        // farm: Tue 10, Wed 11, Mon 16 - Wed 18 Nov are ten sessions after the visit; overdue on Thu 19
        // workshop: Thu 5, Fri 6, Thu 12, Fri 13, Thu 19 Nov are ten sessions from the start; due today
        assertThat(due).extracting(PlacementCadence::providerId).containsExactly(farm, workshop);
        assertThat(due.get(0)).satisfies(c -> {
            assertThat(c.nextDue()).isEqualTo(of(2026, 11, 18));
            assertThat(c.lastVisit()).isEqualTo(of(2026, 11, 9));
            assertThat(c.state()).isEqualTo(Due.OVERDUE);
            assertThat(c.pupilName()).startsWith("Pupil ");
        });
        assertThat(due.get(1)).satisfies(c -> {
            assertThat(c.nextDue()).isEqualTo(of(2026, 11, 19));
            assertThat(c.lastVisit()).isNull();
            assertThat(c.next().basis()).isEqualTo(Basis.TEN_SESSIONS);
            assertThat(c.state()).isEqualTo(Due.DUE_SOON);
        });

        // a visit on the due day itself is on time and starts the clock again: Fri 20 Nov ... Fri 4 Dec
        visits.submittedVisit("a1.visitor", workshop, LocalDateTime.of(2026, 11, 19, 11, 0));
        assertThat(as("a1.visitor", () -> cadence.of(workshop)).orElseThrow().mostUrgent()).satisfies(c -> {
            assertThat(c.lastVisit()).isEqualTo(of(2026, 11, 19));
            assertThat(c.nextDue()).isEqualTo(of(2026, 12, 4));
            assertThat(c.state()).isEqualTo(Due.NOT_YET);
        });
        countsAgreeWithTheRule();
    }

    @Test
    void a_provider_takes_its_most_urgent_placement_and_one_without_an_active_placement_is_never_due() {
        long provider = visits.approvedProvider("Cadence stables");
        // full time from Mon 9 Nov: due Fri 13 Nov, overdue; Tuesdays from Wed 11 Nov: a month, Fri 11 Dec
        long fullTime = placements.active("a1.aplead", of(2026, 11, 9), Map.of(provider, FULL_TIME));
        long partTime = placements.active("a1.aplead", of(2026, 11, 11), Map.of(provider, List.of(TUESDAY)));
        long proposedOnly = visits.approvedProvider("Cadence orchard");
        placements.proposed("a1.aplead", of(2026, 11, 9), Map.of(proposedOnly, FULL_TIME));

        CadenceRow row = as("a1.aplead", () -> cadence.of(provider)).orElseThrow();
        assertThat(row.placements()).extracting(PlacementCadence::placementId).containsExactly(fullTime, partTime);
        assertThat(row.state()).isEqualTo(Due.OVERDUE);
        assertThat(row.nextDue()).isEqualTo(of(2026, 11, 13));
        assertThat(row.placements().get(1).nextDue()).isEqualTo(of(2026, 12, 11));
        assertThat(row.placements().get(1).state()).isEqualTo(Due.NOT_YET);
        assertThat(as("a1.aplead", () -> cadence.all())).extracting(CadenceRow::providerId).contains(provider)
                .doesNotContain(proposedOnly);
        assertThat(as("a1.aplead", () -> cadence.of(proposedOnly))).isEmpty();
    }

    @Test
    void governors_and_trust_leads_count_providers_overdue_and_pupils_stay_in_their_school() {
        long before = as("a1.governor", () -> cadence.overdueCount());
        long beforeA2 = as("a.trustlead", () -> cadence.overdueBySchool()).getOrDefault(world.schoolA2, 0L);
        long provider = visits.approvedProvider("Cadence barn");
        // two overdue placements at one provider are one provider overdue
        placements.active("a1.aplead", of(2026, 11, 2), Map.of(provider, FULL_TIME));
        placements.active("a1.aplead", of(2026, 11, 3), Map.of(provider, FULL_TIME));
        long a2 = placements.active("a2.aplead", of(2026, 11, 2), Map.of(provider, FULL_TIME));

        assertThat(as("a1.governor", () -> cadence.overdueCount())).isEqualTo(before + 1);
        assertThat(as("a.trustlead", () -> cadence.overdueBySchool()).get(world.schoolA2)).isEqualTo(beforeA2 + 1);
        assertThatThrownBy(() -> as("a1.governor", () -> cadence.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a.admin", () -> cadence.overdueCount()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.slt", () -> cadence.overdueBySchool()))
                .isInstanceOf(AccessDeniedException.class);

        // A1 sees its own two placements there, never A2's pupil; the trust lead sees all three
        assertThat(as("a1.dsl", () -> cadence.of(provider)).orElseThrow().placements())
                .hasSize(2).extracting(PlacementCadence::placementId).doesNotContain(a2);
        assertThat(as("a1.dsl", () -> cadence.forPlacement(a2))).isEmpty();
        assertThat(as("a.trustlead", () -> cadence.of(provider)).orElseThrow().placements()).hasSize(3);
        assertThat(as("a.trustlead", () -> cadence.forPlacement(a2))).singleElement()
                .satisfies(c -> assertThat(c.schoolId()).isEqualTo(world.schoolA2));
        assertThat(as("b.trustlead", () -> cadence.of(provider))).isEmpty();
        countsAgreeWithTheRule();
    }

    @Test
    void a_visit_dated_in_the_future_or_before_2000_does_not_hold_off_the_next_visit() {
        long provider = visits.approvedProvider("Cadence slip");
        long placement = placements.active("a1.aplead", of(2026, 11, 2), Map.of(provider, FULL_TIME));
        visits.submittedVisit("a1.visitor", provider, LocalDateTime.of(2026, 11, 3, 10, 0));
        // typing slips stored before the service refused them
        long future = visits.submittedVisit("a1.visitor", provider, LocalDateTime.of(2026, 11, 4, 10, 0));
        long ancient = visits.submittedVisit("a1.visitor", provider, LocalDateTime.of(2026, 11, 5, 10, 0));
        jdbc.update("update visit set visited_at = '2099-01-01 10:00:00' where id = ?", future);
        jdbc.update("update visit set visited_at = '1900-01-01 10:00:00' where id = ?", ancient);

        PlacementCadence due = as("a1.dsl", () -> cadence.forPlacement(placement)).getFirst();
        assertThat(due.lastVisit()).isEqualTo(of(2026, 11, 3));
        // Wed 4 - Fri 6, Mon 9, Tue 10 Nov
        assertThat(due.nextDue()).isEqualTo(of(2026, 11, 10));
        assertThat(due.state()).isEqualTo(Due.OVERDUE);
    }

    @Test
    void a_month_in_a_year_without_a_calendar_says_so_instead_of_guessing() {
        long provider = visits.approvedProvider("Cadence summer");
        // from Mon 16 Aug 2027 the month runs into 2027-28, which School A1 has not set up
        long placement = placements.active("a1.aplead", of(2027, 8, 16), Map.of(provider, List.of(TUESDAY)));

        PlacementCadence due = as("a1.aplead", () -> cadence.forPlacement(placement)).getFirst();
        assertThat(due.state()).isEqualTo(Due.NO_CALENDAR);
        assertThat(due.next()).isNull();
        assertThat(due.problem()).startsWith("No calendar for 2027-28 at School A1");
        assertThat(as("a1.aplead", () -> cadence.all())).filteredOn(row -> row.providerId() == provider)
                .singleElement().satisfies(row -> assertThat(row.state()).isEqualTo(Due.NO_CALENDAR));
        countsAgreeWithTheRule();
    }

    @Test
    void the_number_of_queries_does_not_grow_with_the_placements() {
        long provider = visits.approvedProvider("Cadence count");
        placements.active("a1.aplead", of(2026, 11, 2), Map.of(provider, FULL_TIME));
        placements.active("a2.aplead", of(2026, 11, 2), Map.of(provider, FULL_TIME));
        long few = queries(() -> as("a.trustlead", () -> cadence.all()));

        for (int i = 0; i < 3; i++) {
            long another = visits.approvedProvider("Cadence count " + i);
            placements.active("a1.aplead", of(2026, 11, 2), Map.of(another, List.of(MONDAY)));
            placements.active("a2.aplead", of(2026, 11, 2), Map.of(another, List.of(TUESDAY), provider,
                    List.of(FRIDAY)));
            visits.submittedVisit("a1.visitor", another, LocalDateTime.of(2026, 11, 10, 10, 0));
        }
        assertThat(queries(() -> as("a.trustlead", () -> cadence.all()))).isEqualTo(few);
    }

    @Test
    void counted_in_sql_a_visit_due_today_is_within_cadence_and_one_due_yesterday_is_overdue() {
        long lateBySessions = visits.approvedProvider("Cadence sql late farm");
        long onTimeBySessions = visits.approvedProvider("Cadence sql on-time workshop");
        long lateByMonth = visits.approvedProvider("Cadence sql late stables");
        long onTimeByMonth = visits.approvedProvider("Cadence sql on-time stables");
        long noCalendar = visits.approvedProvider("Cadence sql summer");
        // from Mon 2 Nov (INSET): Mon-Wed at one, Thu-Fri at the other (as in the first test)
        placements.active("a1.aplead", of(2026, 11, 2), Map.of(lateBySessions, List.of(MONDAY, TUESDAY, WEDNESDAY),
                onTimeBySessions, List.of(THURSDAY, FRIDAY)));
        // ten sessions after Mon 9 Nov: Tue 10, Wed 11, Mon 16 - Wed 18 Nov, due Wed 18: a day late today
        visits.submittedVisit("a1.visitor", lateBySessions, LocalDateTime.of(2026, 11, 9, 10, 0));
        // ten sessions from the start: Thu 5, Fri 6, Thu 12, Fri 13, Thu 19 Nov, due today: within
        // Tuesdays only from Mon 5 Oct: eight sessions in a month (half-term, 27 Oct), so a month after the visit
        placements.active("a1.aplead", of(2026, 10, 5), Map.of(lateByMonth, List.of(TUESDAY)));
        placements.active("a1.aplead", of(2026, 10, 5), Map.of(onTimeByMonth, List.of(TUESDAY)));
        // Sun 18 Oct + a month = Wed 18 Nov, a day late today; Mon 19 Oct + a month = today, within
        visits.submittedVisit("a1.visitor", lateByMonth, LocalDateTime.of(2026, 10, 18, 10, 0));
        visits.submittedVisit("a1.visitor", onTimeByMonth, LocalDateTime.of(2026, 10, 19, 10, 0));
        // the month runs into 2027-28, which School A1 has not set up: not counted at all
        placements.active("a1.aplead", of(2027, 8, 16), Map.of(noCalendar, List.of(TUESDAY)));

        Map<Long, CadenceCount> counts = new HashMap<>();
        as("a1.governor", () -> cadence.counts()).forEach(c -> counts.put(c.providerId(), c));
        assertThat(counts.get(lateBySessions)).isEqualTo(new CadenceCount(world.schoolA1, lateBySessions, 1, 0));
        assertThat(counts.get(onTimeBySessions)).isEqualTo(new CadenceCount(world.schoolA1, onTimeBySessions, 1, 1));
        assertThat(counts.get(lateByMonth)).isEqualTo(new CadenceCount(world.schoolA1, lateByMonth, 1, 0));
        assertThat(counts.get(onTimeByMonth)).isEqualTo(new CadenceCount(world.schoolA1, onTimeByMonth, 1, 1));
        assertThat(counts).doesNotContainKey(noCalendar);

        // the next day both "on time" ones are a day late too
        clock.set(Instant.parse("2026-11-20T12:00:00Z"));
        as("a1.governor", () -> cadence.counts()).forEach(c -> counts.put(c.providerId(), c));
        assertThat(counts.get(onTimeBySessions).withinCadence()).isZero();
        assertThat(counts.get(onTimeByMonth).withinCadence()).isZero();
        countsAgreeWithTheRule();
    }

    /** The counts made in SQL are those of the rule in Java, placement by placement, for the whole trust. */
    private void countsAgreeWithTheRule() {
        Map<List<Long>, long[]> expected = new HashMap<>();
        as("a.trustlead", () -> cadence.all()).stream().flatMap(row -> row.placements().stream())
                .filter(c -> c.state() != Due.NO_CALENDAR)
                .forEach(c -> {
                    long[] pair = expected.computeIfAbsent(List.of(c.schoolId(), c.providerId()), k -> new long[2]);
                    pair[0]++;
                    pair[1] += c.state() == Due.OVERDUE ? 0 : 1;
                });
        assertThat(as("a.trustlead", () -> cadence.counts()))
                .containsExactlyInAnyOrderElementsOf(expected.entrySet().stream().map(e -> new CadenceCount(
                        e.getKey().get(0), e.getKey().get(1), e.getValue()[0], e.getValue()[1])).toList());
    }

    private long queries(Runnable work) {
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        work.run();
        return statistics.getPrepareStatementCount();
    }

    private void homeVisit(String username, long provider, LocalDateTime when) {
        as(username, () -> {
            long id = visitService.startDraft(provider);
            VisitDraft draft = VisitFixtures.complete(visitService.get(id).draft());
            draft.setVisitedAt(when);
            draft.setType(VisitType.HOME_VISIT);
            visitService.submit(id, draft);
        });
    }
}
