package uk.apassure.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.apassure.calendar.Session;
import uk.apassure.provider.RegistrationTrigger;

/** 001 §7.2 counts each provider's own hours: a full week split across two providers is full-time at neither. */
class FullTimeWeekTest {

    private static final long FARM = 1;
    private static final long GYM = 2;

    @Test
    void eighteen_hours_split_nine_and_nine_is_full_time_at_neither_provider() {
        Timetable week = week(FARM, FARM, FARM, GYM, GYM, GYM);
        assertThat(week.hoursPerWeek()).isEqualTo(18.0);
        assertThat(week.weekAt(FARM)).isEqualTo(Duration.ofHours(9));
        assertThat(RegistrationTrigger.fullTime(week.weekAt(FARM))).isFalse();
        assertThat(RegistrationTrigger.fullTime(week.weekAt(GYM))).isFalse();
    }

    @Test
    void eighteen_hours_at_one_provider_is_full_time_there_and_not_at_the_other() {
        Timetable week = week(FARM, FARM, FARM, FARM, FARM, FARM, GYM);
        assertThat(RegistrationTrigger.fullTime(week.weekAt(FARM))).isTrue();
        assertThat(RegistrationTrigger.fullTime(week.weekAt(GYM))).isFalse();
    }

    /** Three-hour half-days from Monday morning on, one provider each. */
    private static Timetable week(long... providers) {
        List<TimetableSession> sessions = new ArrayList<>();
        for (int slot = 0; slot < providers.length; slot++) {
            boolean morning = slot % 2 == 0;
            LocalTime start = morning ? LocalTime.of(9, 0) : LocalTime.of(13, 0);
            sessions.add(new TimetableSession(DayOfWeek.of(1 + slot / 2), morning ? Session.AM : Session.PM,
                    providers[slot], providers[slot] * 10, start, start.plusHours(3)));
        }
        return new Timetable(sessions);
    }
}
