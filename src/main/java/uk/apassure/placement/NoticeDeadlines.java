package uk.apassure.placement;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.apassure.calendar.CalendarChanged;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.NoCalendar;
import uk.apassure.calendar.SchoolCalendar;
import uk.apassure.organisation.SchoolService;

/**
 * Keeps each placement's last day for the parental notice ({@code notice_due_by}) in step with its
 * school's calendar, so that "notice late" is a condition the grid can filter on in SQL: worked out
 * when a placement is saved, and again for a school's placements whenever its calendar changes.
 * Null while the calendar has no year for the start (the placement's page says so).
 */
@Component
class NoticeDeadlines {

    private final CalendarService calendars;
    private final SchoolService schools;
    private final PlacementRepository placements;

    NoticeDeadlines(CalendarService calendars, SchoolService schools, PlacementRepository placements) {
        this.calendars = calendars;
        this.schools = schools;
        this.placements = placements;
    }

    void update(Placement placement) {
        placement.noticeDueBy(dueBy(calendars.calendarOf(placement.schoolId()), placement.startsOn()));
    }

    /** In the calendar change's transaction: the new dates are saved with it, or neither is. */
    @EventListener
    void calendarChanged(CalendarChanged event) {
        if (event.schoolId() != null) {
            refresh(event.schoolId());
        } else {
            refreshTrust();
        }
    }

    /** Every school of the signed-in user's trust (bank holidays; placements imported in bulk). */
    void refreshTrust() {
        schools.trustSchools().forEach(school -> refresh(school.id()));
    }

    /** One update per start date whose last day moved; none when the calendar change does not touch it. */
    void refresh(long schoolId) {
        SchoolCalendar calendar = calendars.calendarOf(schoolId);
        for (PlacementRepository.StartAndDue known : placements.findStartsAndDues(schoolId)) {
            LocalDate due = dueBy(calendar, known.startsOn());
            if (!Objects.equals(due, known.noticeDueBy())) {
                placements.updateNoticeDueBy(schoolId, known.startsOn(), due);
            }
        }
    }

    private static @Nullable LocalDate dueBy(SchoolCalendar calendar, LocalDate startsOn) {
        try {
            return NoticeRule.latestNotice(calendar, startsOn);
        } catch (NoCalendar e) {
            return null;
        }
    }
}
