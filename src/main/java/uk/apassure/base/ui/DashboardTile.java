package uk.apassure.base.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * One tile of the start page, as data; the dashboard draws every tile the same way. Tiles are
 * placed by {@link #order()}: what waits for the user first, counts after.
 */
public sealed interface DashboardTile {

    int order();

    /**
     * A list of things waiting for the user, each row opening its record. Work tiles with the same
     * {@code key} from different features are one tile, their rows sorted by due date (follow-up
     * actions of visits and conditions of audits: "your actions and conditions").
     *
     * @param all the filtered grid with every row, or null when the rows shown are all there is
     * @param none what the tile says when nothing waits, e.g. "No audits wait for your confirmation"
     */
    record Work(String key, int order, String title, List<Row> rows, @Nullable Link all, String none)
            implements DashboardTile {
        public Work {
            rows = List.copyOf(rows);
        }
    }

    /**
     * A number, for those who see counts only (governors) and for the register at a glance.
     * Counts of one {@code group} sit together under the group's heading.
     *
     * @param href the filtered grid behind the number, or null when the user may not open one
     * @param attention the number asks for action (overdue, open concern) when it is not zero
     */
    record Count(String group, int order, String label, long value, @Nullable String href, boolean attention)
            implements DashboardTile {}

    /**
     * Trust-wide: one column of the table of the trust's schools (trust leads). Columns with the same
     * {@code key} from different features are one column, their counts added (actions and conditions).
     *
     * @param counts by school id; a school that is absent has none
     * @param hrefs by school id: the filtered grid behind each count, where there is one
     */
    record PerSchool(String key, int order, String column, Map<Long, Long> counts, Map<Long, String> hrefs,
            boolean attention) implements DashboardTile {
        public PerSchool {
            counts = Map.copyOf(counts);
            hrefs = Map.copyOf(hrefs);
        }

        /** One number of each school's figures, by school id. */
        public static <T> Map<Long, Long> counts(Map<Long, T> bySchool, ToLongFunction<T> count) {
            Map<Long, Long> counts = new HashMap<>();
            bySchool.forEach((school, figures) -> counts.put(school, count.applyAsLong(figures)));
            return counts;
        }
    }

    /**
     * One thing waiting: what it is, a line of detail, when it is due and the address of its record.
     *
     * @param due when it is due: the dashboard says "overdue by 3 days", "due today", "due in 5 days"
     * @param expiry the date is when something expires ("expired 3 days ago", "expires in 5 days")
     * @param flag a word that needs attention when there is no due date ("Open", "Not visited yet")
     */
    record Row(String title, String detail, @Nullable LocalDate due, boolean expiry, @Nullable String flag,
            String href) {

        public static Row due(String title, String detail, LocalDate due, String href) {
            return new Row(title, detail, due, false, null, href);
        }

        public static Row expires(String title, String detail, LocalDate expires, String href) {
            return new Row(title, detail, expires, true, null, href);
        }

        public static Row flagged(String title, String detail, String flag, String href) {
            return new Row(title, detail, null, false, flag, href);
        }

        public static Row waiting(String title, String detail, String href) {
            return new Row(title, detail, null, false, null, href);
        }
    }

    record Link(String label, String href) {}
}
