package uk.apassure.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.placement.PlacementService;
import uk.apassure.provider.AttendanceAtProviders;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/**
 * Last week's attendance per provider for the register's rows: one aggregate over the active
 * placements of the user's scope (their school; the trust for trust leads) at the page's providers.
 * A percentage of many sessions, so governors see it too (counts only, no pupil).
 */
@Component
@Transactional(readOnly = true)
class WeekAtProviders implements AttendanceAtProviders {

    private final AttendanceQueries queries;
    private final PlacementService placements;
    private final SchoolCalendars calendars;
    private final AccessGuard access;
    private final Clock clock;

    WeekAtProviders(AttendanceQueries queries, PlacementService placements, SchoolCalendars calendars,
            AccessGuard access, Clock clock) {
        this.queries = queries;
        this.placements = placements;
        this.calendars = calendars;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public boolean shown() {
        return access.isPermitted(Permission.ATTENDANCE_READ) || access.isPermitted(Permission.ATTENDANCE_COUNT);
    }

    @Override
    public Map<Long, Integer> lastWeek(Collection<Long> providerIds) {
        if (providerIds.isEmpty() || !shown()) {
            return Map.of();
        }
        SchoolDays days = ProviderAttendanceFigures.lastWeek(placements.schoolsInScope(), calendars,
                LocalDate.now(clock));
        return ProviderAttendanceFigures.percent(queries.byProvider(days, providerIds));
    }
}
