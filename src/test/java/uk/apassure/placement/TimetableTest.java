package uk.apassure.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.apassure.calendar.Session;

class TimetableTest {

    static TimetableSession at(DayOfWeek day, Session session, long provider, String from, String to) {
        return new TimetableSession(day, session, provider, provider * 10, LocalTime.parse(from), LocalTime.parse(to));
    }

    @Test
    void hours_a_week_add_up_every_session_at_every_provider() {
        Timetable week = new Timetable(List.of(
                at(DayOfWeek.MONDAY, Session.AM, 1, "09:00", "12:00"),
                at(DayOfWeek.MONDAY, Session.PM, 1, "13:00", "15:30"),
                at(DayOfWeek.WEDNESDAY, Session.AM, 2, "09:30", "12:15")));
        assertThat(week.hoursPerWeek()).isEqualTo(8.25);
        assertThat(week.providerIds()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(week.slotsAt(2)).hasSize(1);
        assertThat(week.problems()).isEmpty();
    }

    @Test
    void a_pupil_is_in_one_place_a_session() {
        Timetable clash = new Timetable(List.of(
                at(DayOfWeek.TUESDAY, Session.AM, 1, "09:00", "12:00"),
                at(DayOfWeek.TUESDAY, Session.AM, 2, "09:00", "11:00")));
        assertThat(clash.problems()).containsExactly("Tuesday morning is timetabled twice: a pupil is in one place"
                + " a session.");
    }

    @Test
    void a_morning_running_into_the_afternoon_is_refused() {
        Timetable overlap = new Timetable(List.of(
                at(DayOfWeek.THURSDAY, Session.AM, 1, "09:00", "13:30"),
                at(DayOfWeek.THURSDAY, Session.PM, 2, "13:00", "15:00")));
        assertThat(overlap.problems()).containsExactly("Thursday: the morning runs into the afternoon session.");
        Timetable touching = new Timetable(List.of(
                at(DayOfWeek.THURSDAY, Session.AM, 1, "09:00", "13:00"),
                at(DayOfWeek.THURSDAY, Session.PM, 2, "13:00", "15:00")));
        assertThat(touching.problems()).isEmpty();
    }

    @Test
    void times_and_days_must_make_sense() {
        Timetable odd = new Timetable(List.of(
                at(DayOfWeek.FRIDAY, Session.AM, 1, "12:30", "12:00"),
                at(DayOfWeek.SATURDAY, Session.PM, 1, "13:00", "15:00")));
        assertThat(odd.problems()).containsExactly(
                "Friday morning ends before it starts.",
                "Friday morning starts in the afternoon: choose the afternoon session.",
                "Saturday afternoon: placements run on school days, Monday to Friday.");
        assertThat(new Timetable(List.of()).problems()).containsExactly("Add at least one session to the timetable.");
    }
}
