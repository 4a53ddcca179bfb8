package uk.apassure.provider.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.data.domain.Pageable;
import uk.apassure.provider.AttendanceAtProviders;
import uk.apassure.provider.ProviderFilter;
import uk.apassure.provider.ProviderRow;

/**
 * Last week's attendance in the register grid: read with every page of rows, for that page's
 * providers only (one aggregate query), for the pupils of the user's school (the trust's for trust
 * leads). Users who may not see attendance (administrators, visiting staff) get no column.
 */
final class AttendanceFigures {

    private final AttendanceAtProviders attendance;
    private final boolean shown;
    private final Map<Long, Integer> percents = new HashMap<>();

    AttendanceFigures(AttendanceAtProviders attendance) {
        this.attendance = attendance;
        this.shown = attendance.shown();
    }

    boolean shown() {
        return shown;
    }

    BiFunction<ProviderFilter, Pageable, List<ProviderRow>> reading(
            BiFunction<ProviderFilter, Pageable, List<ProviderRow>> list) {
        return (filter, page) -> {
            List<ProviderRow> rows = list.apply(filter, page);
            if (shown) {
                Map<Long, Integer> read = attendance.lastWeek(rows.stream().map(ProviderRow::id).toList());
                rows.forEach(row -> percents.remove(row.id()));
                percents.putAll(read);
            }
            return rows;
        };
    }

    /** "92%", or a dash when none of the user's pupils had a session counted there last week. */
    String of(ProviderRow row) {
        Integer percent = percents.get(row.id());
        return percent == null ? "–" : percent + "%";
    }
}
