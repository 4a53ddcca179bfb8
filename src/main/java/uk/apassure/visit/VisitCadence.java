package uk.apassure.visit;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import uk.apassure.calendar.SchoolCalendar;
import uk.apassure.calendar.SchoolSession;
import uk.apassure.calendar.SessionSlot;

/**
 * When the next visit or meeting at one provider of a placement is due. 003 ("Collaborate"): at
 * least one visit or meeting a month, or one every ten sessions (half days), whichever is more
 * frequent; so the earlier of one calendar month after the last visit and the day of the tenth
 * session the pupil has at that provider after it. A placement with two providers has a due date
 * at each, counted from that provider's own sessions.
 *
 * <p>The clock starts at the last visit of the placement's school to the provider, or at the
 * placement's start when there has been none since: a visit before the start (the pre-placement
 * visit, a visit for another pupil) did not review this pupil. Sessions on the day of the visit do
 * not count (the visitor saw them); sessions on the first day of the placement do.
 *
 * <p>Sessions come from a {@link Sessions} source, never from counting weekdays. Until attendance
 * marks exist it is {@link #expected}: the sessions the timetable has on the school calendar. Then
 * a source of the sessions the pupil attended (marks up to yesterday, the timetable from today)
 * takes its place, and this rule does not change.
 */
public final class VisitCadence {

    /** 003: a visit every ten sessions. */
    public static final int SESSIONS_BETWEEN_VISITS = 10;

    /** How close to the due date a visit shows as "due soon". */
    public static final int DUE_SOON_DAYS = 7;

    private VisitCadence() {}

    /** The sessions a pupil has at one provider. */
    @FunctionalInterface
    public interface Sessions {

        /**
         * The sessions from {@code from} to {@code to}, both included, in date order, read lazily: the
         * rule stops at the tenth, so a calendar is read only as far as it needs.
         */
        Stream<SchoolSession> between(LocalDate from, LocalDate to);
    }

    /**
     * The sessions a weekly timetable has on the school days of a calendar. A day in a year without a
     * calendar throws {@link uk.apassure.calendar.NoCalendar} when it is reached, and only then.
     */
    public static Sessions expected(SchoolCalendar calendar, Set<SessionSlot> week) {
        return (from, to) -> to.isBefore(from) ? Stream.empty()
                : from.datesUntil(to.plusDays(1)).flatMap(day -> calendar.sessionsBetween(week, day, day).stream());
    }

    /**
     * The next visit to one provider of a placement.
     *
     * @param lastVisit the day of the school's last visit or meeting there, or null when none
     * @param endsOn the placement's planned end: no sessions after it
     */
    public static NextVisit next(LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable LocalDate lastVisit,
            Sessions sessions) {
        @Nullable LocalDate visit = lastVisit != null && !lastVisit.isBefore(startsOn) ? lastVisit : null;
        LocalDate since = visit != null ? visit : startsOn;
        LocalDate monthLater = since.plusMonths(1);
        LocalDate firstCounted = visit != null ? visit.plusDays(1) : startsOn;
        // a tenth session on the month's day itself is the same date: the month is the reason given
        LocalDate lastCounted = endsOn != null && endsOn.isBefore(monthLater) ? endsOn : monthLater.minusDays(1);
        return sessions.between(firstCounted, lastCounted).skip(SESSIONS_BETWEEN_VISITS - 1).findFirst()
                .map(tenth -> new NextVisit(tenth.date(), Basis.TEN_SESSIONS, since, visit))
                .orElseGet(() -> new NextVisit(monthLater, Basis.MONTH, since, visit));
    }

    /** Where a due date stands today: overdue the day after it, due soon within {@link #DUE_SOON_DAYS}. */
    public static Due state(LocalDate nextDue, LocalDate today) {
        if (nextDue.isBefore(today)) {
            return Due.OVERDUE;
        }
        return nextDue.isAfter(today.plusDays(DUE_SOON_DAYS)) ? Due.NOT_YET : Due.DUE_SOON;
    }

    /**
     * @param due the day by which the next visit or meeting is due
     * @param basis which half of the rule gave the date
     * @param since the day the clock started: the last visit, or the placement's start
     * @param lastVisit the last visit since the start, or null when there has been none
     */
    public record NextVisit(LocalDate due, Basis basis, LocalDate since, @Nullable LocalDate lastVisit) {}

    public enum Basis {
        MONTH,
        TEN_SESSIONS
    }

    /** The states most urgent first: a missing calendar needs someone to act, like an overdue visit. */
    public enum Due {
        OVERDUE("Overdue"),
        NO_CALENDAR("No calendar"),
        DUE_SOON("Due soon"),
        NOT_YET("Not yet due");

        private final String label;

        Due(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
