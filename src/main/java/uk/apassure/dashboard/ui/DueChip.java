package uk.apassure.dashboard.ui;

import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.ui.DashboardTile.Row;
import uk.apassure.base.time.UkDates;

/**
 * "Overdue by 3 days", "Due today", "Due in 5 days", "Expires in 21 days", "Due Mon 4 Jan 2027": a date that
 * matters, in words, with its urgency.
 */
final class DueChip {

    /** Within this many days a due date reads as "due soon". */
    static final int SOON_DAYS = 7;

    /** Within this many days a date reads as a number of days; later ones as the date. */
    static final int COUNTED_DAYS = 28;

    private DueChip() {}

    static @Nullable Span of(Row row, LocalDate today) {
        LocalDate due = row.due();
        if (due == null) {
            return row.flag() == null ? null : chip(row.flag(), "due-overdue");
        }
        String verb = row.expiry() ? "Expires" : "Due";
        long days = ChronoUnit.DAYS.between(today, due);
        if (days < 0) {
            return chip((row.expiry() ? "Expired " + days(-days) + " ago" : "Overdue by " + days(-days)), "due-overdue");
        }
        if (days == 0) {
            return chip(verb + " today", "due-soon");
        }
        if (days <= COUNTED_DAYS) {
            return chip(verb + " in " + days(days), days <= SOON_DAYS ? "due-soon" : "due-later");
        }
        return chip(verb + " " + UkDates.date(due), "due-later");
    }

    private static String days(long days) {
        return days + (days == 1 ? " day" : " days");
    }

    private static Span chip(String text, String tone) {
        Span chip = new Span(text);
        chip.addClassNames("due-chip", tone);
        return chip;
    }
}
