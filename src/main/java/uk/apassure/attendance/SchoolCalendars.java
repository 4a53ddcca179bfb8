package uk.apassure.attendance;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.apassure.calendar.CalendarChanged;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.SchoolCalendar;

/**
 * The schools' calendars as attendance asks them on every page (is the school open today, which days
 * counted last week), each read once and kept until it changes: a calendar is a handful of queries,
 * and the attendance page has 50 ms. Dropped on every {@link CalendarChanged} (one school's dates, or
 * bank holidays for all), at once and again after the change commits. Only schools in the caller's
 * scope are ever asked for.
 */
@Component
class SchoolCalendars {

    private final CalendarService calendars;
    private final Map<Long, SchoolCalendar> kept = new ConcurrentHashMap<>();

    SchoolCalendars(CalendarService calendars) {
        this.calendars = calendars;
    }

    SchoolCalendar of(long schoolId) {
        SchoolCalendar calendar = kept.get(schoolId);
        if (calendar == null) {
            calendar = calendars.calendarOf(schoolId);
            kept.put(schoolId, calendar);
        }
        return calendar;
    }

    @EventListener
    void calendarChanged(CalendarChanged event) {
        drop(event);
    }

    /** Again once committed: a page read between the change and its commit may have kept the old dates. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void calendarCommitted(CalendarChanged event) {
        drop(event);
    }

    private void drop(CalendarChanged event) {
        if (event.schoolId() == null) {
            kept.clear();
        } else {
            kept.remove(event.schoolId());
        }
    }
}
