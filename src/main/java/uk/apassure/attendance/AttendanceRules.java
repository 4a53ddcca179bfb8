package uk.apassure.attendance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.apassure.calendar.SchoolCalendar;
import uk.apassure.calendar.SchoolSession;
import uk.apassure.calendar.Session;
import uk.apassure.calendar.SessionSlot;
import uk.apassure.placement.PlacementWeek;
import uk.apassure.placement.TimetableSession;

/**
 * The attendance rules, without a database: which sessions a placement expects (its timetable on
 * the school's calendar, between its start and end), the weekly percentage, and when an unmarked
 * session becomes "not yet known". Weekdays are never counted: school days come from the calendar.
 */
public final class AttendanceRules {

    private AttendanceRules() {}

    /** The sessions the placement expects from {@code from} to {@code to}, both included. */
    public static List<ExpectedSession> expected(PlacementWeek placement, SchoolCalendar calendar, LocalDate from,
            LocalDate to) {
        LocalDate start = from.isBefore(placement.startsOn()) ? placement.startsOn() : from;
        LocalDate end = placement.endsOn() != null && placement.endsOn().isBefore(to) ? placement.endsOn() : to;
        if (end.isBefore(start)) {
            return List.of();
        }
        Map<SessionSlot, TimetableSession> slots = placement.timetable().sessions().stream()
                .collect(Collectors.toMap(TimetableSession::slot, Function.identity(), (a, b) -> a));
        return calendar.sessionsBetween(slots.keySet(), start, end).stream()
                .map(s -> new ExpectedSession(placement.id(), s.date(), s.session(),
                        slots.get(new SessionSlot(s.date().getDayOfWeek(), s.session()))))
                .toList();
    }

    /** The weeks from the one holding {@code from} to the one holding {@code today}, counted up to today. */
    public static List<WeekFigures> weeks(PlacementWeek placement, SchoolCalendar calendar,
            Map<SchoolSession, Mark> marks, LocalDate from, LocalDate today) {
        List<WeekFigures> weeks = new ArrayList<>();
        for (LocalDate monday = mondayOf(from); !monday.isAfter(today); monday = monday.plusWeeks(1)) {
            LocalDate friday = monday.plusDays(4);
            weeks.add(week(monday, expected(placement, calendar, monday, friday.isAfter(today) ? today : friday),
                    marks));
        }
        return weeks;
    }

    static WeekFigures week(LocalDate monday, List<ExpectedSession> expected, Map<SchoolSession, Mark> marks) {
        int attended = 0;
        int absent = 0;
        int notExpected = 0;
        int unmarked = 0;
        for (ExpectedSession session : expected) {
            Mark mark = marks.get(session.schoolSession());
            if (mark == null) {
                unmarked++;
            } else if (mark.attended()) {
                attended++;
            } else if (mark.absent()) {
                absent++;
            } else {
                notExpected++;
            }
        }
        return new WeekFigures(monday, expected.size(), attended, absent, notExpected, unmarked);
    }

    public static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * An expected session without a mark is "not yet known" once its cut-off has passed: on its own
     * day from the cut-off time (10:00 for the morning, 14:00 for the afternoon by default), and on
     * every later day.
     */
    public static boolean notYetKnown(LocalDate date, Session session, LocalDateTime now, CutOffs cutOffs) {
        LocalDateTime due = date.atTime(cutOffs.of(session));
        return !now.isBefore(due);
    }
}
