package uk.apassure.base.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class UkDatesTest {

    @Test
    void a_date_reads_as_weekday_day_month_year() {
        assertThat(UkDates.date(LocalDate.of(2026, 11, 9))).isEqualTo("Mon 9 Nov 2026");
        assertThat(UkDates.typed(LocalDate.of(2027, 6, 5))).isEqualTo("05/06/2027");
        assertThat(UkDates.date(LocalDate.of(2026, 9, 1))).isEqualTo("Tue 1 Sep 2026");
        assertThat(UkDates.date(LocalDate.of(2027, 6, 30))).isEqualTo("Wed 30 Jun 2027");
    }

    @Test
    void an_instant_is_shown_in_london_time_in_summer_and_in_winter() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST)
        assertThat(UkDates.dateTime(Instant.parse("2026-06-30T23:30:00Z"))).isEqualTo("Wed 1 Jul 2026, 00:30");
        assertThat(UkDates.date(Instant.parse("2026-06-30T23:30:00Z"))).isEqualTo("Wed 1 Jul 2026");
        assertThat(UkDates.time(Instant.parse("2026-12-01T09:15:00Z"))).isEqualTo("09:15");
        assertThat(UkDates.dateTime(LocalDateTime.of(2026, 11, 9, 10, 42))).isEqualTo("Mon 9 Nov 2026, 10:42");
    }

    @Test
    void nothing_shows_as_a_dash() {
        assertThat(UkDates.date((LocalDate) null)).isEqualTo("–");
        assertThat(UkDates.dateTime((Instant) null)).isEqualTo("–");
    }

    @Test
    void sensible_dates_run_from_2000_to_ten_years_ahead() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(DateBounds.sensible(LocalDate.of(2000, 1, 1), today)).isTrue();
        assertThat(DateBounds.sensible(LocalDate.of(1999, 12, 31), today)).isFalse();
        assertThat(DateBounds.sensible(LocalDate.of(2036, 12, 1), today)).isTrue();
        assertThat(DateBounds.sensible(LocalDate.of(2036, 12, 2), today)).isFalse();
        assertThat(DateBounds.sensible(LocalDate.of(9999, 1, 1), today)).isFalse();
    }

    @Test
    void the_application_clock_is_london_whatever_the_server_zone() {
        assertThat(new SchoolTime().clock().getZone()).isEqualTo(SchoolTime.ZONE);
    }
}
