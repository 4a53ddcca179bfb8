package uk.apassure.placement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.apassure.calendar.SchoolCalendar;

/**
 * Parents are told of a placement at least two school days before it starts (DESIGN.md,
 * "Placement"; seeds 002 §7, 003): the notice must be sent on or before the second school day
 * before the start, counted on the school's own calendar.
 */
public final class NoticeRule {

    public static final int SCHOOL_DAYS_BEFORE = 2;

    private NoticeRule() {}

    /** The last day a notice may be sent for a start on {@code startsOn}. */
    public static LocalDate latestNotice(SchoolCalendar calendar, LocalDate startsOn) {
        return calendar.nthSchoolDayBefore(startsOn, SCHOOL_DAYS_BEFORE);
    }

    public static NoticeState state(SchoolCalendar calendar, LocalDate startsOn, @Nullable LocalDate sentOn,
            LocalDate today) {
        LocalDate latest = latestNotice(calendar, startsOn);
        if (sentOn != null) {
            return sentOn.isAfter(latest) ? NoticeState.LATE : NoticeState.ON_TIME;
        }
        return today.isAfter(latest) ? NoticeState.OVERDUE : NoticeState.DUE;
    }

    /**
     * Late or overdue, given the last day ({@link #latestNotice}) already worked out: the grid's
     * "notice late" flag. The grid's SQL states the same rule (PlacementQueriesImpl).
     */
    public static boolean isLate(LocalDate latest, @Nullable LocalDate sentOn, LocalDate today) {
        return sentOn != null ? sentOn.isAfter(latest) : today.isAfter(latest);
    }

    public enum NoticeState {
        ON_TIME("Notice sent on time"),
        LATE("Notice sent late"),
        DUE("Notice not sent yet"),
        OVERDUE("Notice overdue");

        private final String label;

        NoticeState(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
