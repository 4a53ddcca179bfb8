package uk.apassure.visit;

import java.time.Clock;
import org.springframework.stereotype.Component;
import uk.apassure.calendar.CalendarService;
import uk.apassure.organisation.SchoolService;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.AccessGuard;

/** The cadence service on a clock a test sets, for tests outside this package (the comparison). */
@Component
public class CadenceAt {

    private final VisitRepository visits;
    private final CadenceQueries counting;
    private final ActivePlacements placements;
    private final CalendarService calendars;
    private final ProviderService providers;
    private final SchoolService schools;
    private final AccessGuard access;

    CadenceAt(VisitRepository visits, CadenceQueries counting, ActivePlacements placements, CalendarService calendars,
            ProviderService providers, SchoolService schools, AccessGuard access) {
        this.visits = visits;
        this.counting = counting;
        this.placements = placements;
        this.calendars = calendars;
        this.providers = providers;
        this.schools = schools;
        this.access = access;
    }

    public CadenceService at(Clock clock) {
        return new CadenceService(visits, counting, placements, calendars, providers, schools, access, clock);
    }
}
