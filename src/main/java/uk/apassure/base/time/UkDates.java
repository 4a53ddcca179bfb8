package uk.apassure.base.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one way the product shows a date or a time: {@code Mon 9 Nov 2026},
 * {@code Mon 9 Nov 2026, 10:42}, always in London time. A missing value shows as a dash.
 */
public final class UkDates {

    public static final String NONE = "–";

    // Java's en-GB data abbreviates September as "Sept"; schools and the design write "Sep"
    private static final Map<Long, String> MONTHS = Map.ofEntries(Map.entry(1L, "Jan"), Map.entry(2L, "Feb"),
            Map.entry(3L, "Mar"), Map.entry(4L, "Apr"), Map.entry(5L, "May"), Map.entry(6L, "Jun"),
            Map.entry(7L, "Jul"), Map.entry(8L, "Aug"), Map.entry(9L, "Sep"), Map.entry(10L, "Oct"),
            Map.entry(11L, "Nov"), Map.entry(12L, "Dec"));
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendPattern("EEE d ").appendText(ChronoField.MONTH_OF_YEAR, MONTHS).appendPattern(" yyyy")
            .toFormatter(Locale.UK);
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DATE).appendPattern(", HH:mm").toFormatter(Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private UkDates() {}

    /** {@code Mon 9 Nov 2026} */
    public static String date(@Nullable LocalDate date) {
        return date == null ? NONE : DATE.format(date);
    }

    /** The London date of an instant, e.g. {@code Mon 9 Nov 2026}. */
    public static String date(@Nullable Instant at) {
        return at == null ? NONE : DATE.format(at.atZone(SchoolTime.ZONE));
    }

    /** {@code Mon 9 Nov 2026, 10:42} */
    public static String dateTime(@Nullable LocalDateTime at) {
        return at == null ? NONE : DATE_TIME.format(at);
    }

    /** An instant in London time, e.g. {@code Mon 9 Nov 2026, 10:42}. */
    public static String dateTime(@Nullable Instant at) {
        return at == null ? NONE : DATE_TIME.format(at.atZone(SchoolTime.ZONE));
    }

    /** {@code 10:42} in London time. */
    public static String time(@Nullable Instant at) {
        return at == null ? NONE : TIME.format(at.atZone(SchoolTime.ZONE));
    }

    /** {@code 10:42} */
    public static String time(@Nullable LocalTime at) {
        return at == null ? NONE : TIME.format(at);
    }

    /** The form a date is typed in, {@code 09/11/2026}: for messages that say which date to type. */
    public static String typed(LocalDate date) {
        return TYPED.format(date);
    }
}
