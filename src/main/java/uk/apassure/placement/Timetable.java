package uk.apassure.placement;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.apassure.calendar.Session;
import uk.apassure.calendar.SessionSlot;

/**
 * A placement's week: sessions at one or more providers. A pupil is in one place at a time, so
 * two sessions on the same half-day, or with overlapping times on one day, are refused.
 */
public record Timetable(List<TimetableSession> sessions) {

    public Timetable {
        sessions = sessions.stream().sorted(Comparator.comparing(TimetableSession::day)
                .thenComparing(TimetableSession::session)).toList();
    }

    /** Hours a week, from the session times (18 or more is full-time for the registration trigger, 001 §7.2). */
    public double hoursPerWeek() {
        return sessions.stream().map(TimetableSession::length).reduce(Duration.ZERO, Duration::plus).toMinutes() / 60.0;
    }

    /** The week at one provider: its own sessions only (001 §7.2 counts each provider's hours on their own). */
    public Duration weekAt(long providerId) {
        return sessions.stream().filter(s -> s.providerId() == providerId).map(TimetableSession::length)
                .reduce(Duration.ZERO, Duration::plus);
    }

    public Set<Long> providerIds() {
        return sessions.stream().map(TimetableSession::providerId).collect(Collectors.toSet());
    }

    /** The weekly slots at one provider: for counting its sessions on the school calendar. */
    public Set<SessionSlot> slotsAt(long providerId) {
        return sessions.stream().filter(s -> s.providerId() == providerId).map(TimetableSession::slot)
                .collect(Collectors.toSet());
    }

    public Set<SessionSlot> slots() {
        return sessions.stream().map(TimetableSession::slot).collect(Collectors.toSet());
    }

    /** Everything wrong with the week, in words; empty when it can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (sessions.isEmpty()) {
            problems.add("Add at least one session to the timetable.");
        }
        Set<SessionSlot> seen = new HashSet<>();
        for (TimetableSession s : sessions) {
            String when = dayName(s.day()) + " " + s.session().label().toLowerCase();
            if (!seen.add(s.slot())) {
                problems.add(when + " is timetabled twice: a pupil is in one place a session.");
            }
            if (!s.endsAt().isAfter(s.startsAt())) {
                problems.add(when + " ends before it starts.");
            }
            if (s.session() == Session.AM && !s.startsAt().isBefore(LocalTime.NOON)) {
                problems.add(when + " starts in the afternoon: choose the afternoon session.");
            }
            if (s.day() == DayOfWeek.SATURDAY || s.day() == DayOfWeek.SUNDAY) {
                problems.add(when + ": placements run on school days, Monday to Friday.");
            }
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimetableSession> sameDay = sessions.stream().filter(s -> s.day() == day).toList();
            if (sameDay.size() == 2 && sameDay.get(0).session() != sameDay.get(1).session()
                    && sameDay.get(0).endsAt().isAfter(sameDay.get(1).startsAt())) {
                problems.add(dayName(day) + ": the morning runs into the afternoon session.");
            }
        }
        return problems;
    }

    static String dayName(DayOfWeek day) {
        return day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
    }
}
