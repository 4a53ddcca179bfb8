package uk.apassure.visit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When the next visit to a provider is due. 003: at least one visit or meeting a month, or one
 * every ten sessions (half days) of attendance, whichever is more frequent. Until placements and
 * attendance exist, sessions are counted from an expected number of sessions a week, spread over
 * Monday to Friday from Monday morning on (two sessions a day at most).
 */
public final class VisitCadence {

    /** 003: a visit every ten sessions. */
    public static final int SESSIONS_BETWEEN_VISITS = 10;

    /** How close to the due date a provider shows as "due soon". */
    public static final int DUE_SOON_DAYS = 7;

    private final int sessionsPerWeek;

    /** @param sessionsPerWeek expected sessions a week at the provider, 0 to 10 (0: the month rule alone) */
    public VisitCadence(int sessionsPerWeek) {
        if (sessionsPerWeek < 0 || sessionsPerWeek > 10) {
            throw new IllegalArgumentException("A week has at most 10 sessions (5 days, mornings and afternoons)");
        }
        this.sessionsPerWeek = sessionsPerWeek;
    }

    /** The next visit is due on the earlier of one month after the last visit and the day of the tenth session after it. */
    public LocalDate nextDue(LocalDate lastVisit) {
        LocalDate monthLater = lastVisit.plusMonths(1);
        LocalDate tenthSession = tenthSessionAfter(lastVisit);
        return tenthSession != null && tenthSession.isBefore(monthLater) ? tenthSession : monthLater;
    }

    /** The day of the tenth expected session after the day of the last visit, or null when none are expected. */
    public @Nullable LocalDate tenthSessionAfter(LocalDate lastVisit) {
        if (sessionsPerWeek == 0) {
            return null;
        }
        int counted = 0;
        LocalDate day = lastVisit;
        while (true) {
            day = day.plusDays(1);
            counted += sessionsOn(day.getDayOfWeek());
            if (counted >= SESSIONS_BETWEEN_VISITS) {
                return day;
            }
        }
    }

    /** Sessions are spread evenly over the school week, the extra ones from Monday on. */
    int sessionsOn(DayOfWeek day) {
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return 0;
        }
        int index = day.getValue() - 1;
        return sessionsPerWeek / 5 + (index < sessionsPerWeek % 5 ? 1 : 0);
    }

    /** Where a provider stands today; never visited means a visit is overdue. */
    public static Due state(@Nullable LocalDate nextDue, LocalDate today) {
        if (nextDue == null || nextDue.isBefore(today)) {
            return Due.OVERDUE;
        }
        return nextDue.isAfter(today.plusDays(DUE_SOON_DAYS)) ? Due.NOT_YET : Due.DUE_SOON;
    }

    public enum Due {
        OVERDUE("Overdue"),
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
