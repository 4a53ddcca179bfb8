package uk.apassure.dashboard.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.apassure.base.ui.DashboardTile;
import uk.apassure.base.ui.DashboardTile.Count;
import uk.apassure.base.ui.DashboardTile.PerSchool;
import uk.apassure.base.ui.DashboardTile.Row;
import uk.apassure.base.ui.DashboardTile.Work;

/**
 * The tiles of every feature, put in order and joined: work tiles with one key become one tile (rows
 * by due date), per-school columns with one key become one column (counts added).
 */
record Board(List<Work> waiting, List<Work> clear, Map<String, List<Count>> counts, List<PerSchool> bySchool) {

    static Board of(List<DashboardTile> tiles) {
        List<DashboardTile> ordered = tiles.stream().sorted(Comparator.comparingInt(DashboardTile::order)).toList();
        Map<String, List<Work>> work = new LinkedHashMap<>();
        Map<String, List<Count>> counts = new LinkedHashMap<>();
        Map<String, List<PerSchool>> columns = new LinkedHashMap<>();
        for (DashboardTile tile : ordered) {
            switch (tile) {
                case Work list -> work.computeIfAbsent(list.key(), any -> new ArrayList<>()).add(list);
                case Count count -> counts.computeIfAbsent(count.group(), any -> new ArrayList<>()).add(count);
                case PerSchool column -> columns.computeIfAbsent(column.key(), any -> new ArrayList<>()).add(column);
            }
        }
        List<Work> joined = work.values().stream().map(Board::join).toList();
        return new Board(joined.stream().filter(list -> !list.rows().isEmpty()).toList(),
                joined.stream().filter(list -> list.rows().isEmpty()).toList(), counts,
                columns.values().stream().map(Board::add).toList());
    }

    boolean isEmpty() {
        return waiting.isEmpty() && clear.isEmpty() && counts.isEmpty() && bySchool.isEmpty();
    }

    int waitingCount() {
        return waiting.stream().mapToInt(list -> list.rows().size()).sum();
    }

    private static Work join(List<Work> lists) {
        Work first = lists.getFirst();
        if (lists.size() == 1) {
            return first;
        }
        List<Row> rows = lists.stream().flatMap(list -> list.rows().stream())
                .sorted(Comparator.comparing(Row::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new Work(first.key(), first.order(), first.title(), rows, first.all(), first.none());
    }

    private static PerSchool add(List<PerSchool> columns) {
        PerSchool first = columns.getFirst();
        Map<Long, Long> counts = new HashMap<>();
        Map<Long, String> hrefs = new HashMap<>();
        for (PerSchool column : columns) {
            column.counts().forEach((school, count) -> counts.merge(school, count, Long::sum));
            column.hrefs().forEach(hrefs::putIfAbsent);
        }
        return new PerSchool(first.key(), first.order(), first.column(), counts, columns.size() == 1 ? hrefs : Map.of(),
                columns.stream().anyMatch(PerSchool::attention));
    }
}
