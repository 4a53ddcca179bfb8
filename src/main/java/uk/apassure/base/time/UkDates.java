package uk.apassure.base.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one way the product shows a date or a time: {@code Mon 9 Nov 2026},
 * {@code Mon 9 Nov 2026, 10:42}, always in London time. A missing value shows as a dash.
 */
public final class UkDates {

    public static final String NONE = "–";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
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
