package uk.apassure.calendar;

import java.time.LocalDate;
import java.time.Month;

/** An academic year in England: 1 September to 31 August, named like {@code 2026-27}. */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

    public AcademicYear {
        if (startYear < 2000 || startYear > 2100) {
            throw new IllegalArgumentException("An academic year between 2000-01 and 2100-01");
        }
    }

    public static AcademicYear of(LocalDate date) {
        return new AcademicYear(date.getMonth().compareTo(Month.SEPTEMBER) >= 0 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate startsOn() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    public LocalDate endsOn() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn()) && !date.isAfter(endsOn());
    }

    public AcademicYear next() {
        return new AcademicYear(startYear + 1);
    }

    /** {@code 2026-27} */
    public String label() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
