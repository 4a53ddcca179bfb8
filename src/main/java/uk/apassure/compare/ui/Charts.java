package uk.apassure.compare.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.apassure.base.time.UkDates;
import uk.apassure.compare.HalfTermPoint;
import uk.apassure.compare.Measures;

/** The ECharts options of the comparison's charts, built as JSON data. */
final class Charts {

    private Charts() {}

    /** Bars of one percentage per row, with the trust's average as a marked line. */
    static ObjectNode percentBars(List<String> names, List<@Nullable BigDecimal> values, String series,
            @Nullable BigDecimal average, String averageLabel) {
        ObjectNode option = base();
        category(option, names);
        ObjectNode y = option.putObject("yAxis");
        y.put("type", "value");
        y.put("max", 100);
        ObjectNode bars = option.putArray("series").addObject();
        bars.put("name", series);
        bars.put("type", "bar");
        bars.put("barMaxWidth", 48);
        ArrayNode data = bars.putArray("data");
        values.forEach(v -> {
            if (v == null) {
                data.addNull();
            } else {
                data.add(v);
            }
        });
        if (average != null) {
            ObjectNode mark = bars.putObject("markLine");
            mark.put("symbol", "none");
            mark.putObject("label").put("position", "insideEndTop").put("formatter", averageLabel + " " + average.toPlainString() + "%");
            mark.putObject("lineStyle").put("color", "#b3261e").put("type", "dashed").put("width", 2);
            mark.putArray("data").addObject().put("yAxis", average).put("name", averageLabel);
        }
        return option;
    }

    /** Providers used by each school, stacked by their latest audit rating. */
    static ObjectNode ragBySchool(List<Measures> schools) {
        ObjectNode option = base();
        option.putObject("legend").put("bottom", 0);
        category(option, schools.stream().map(Measures::schoolName).toList());
        option.putObject("yAxis").put("type", "value").put("minInterval", 1);
        ArrayNode series = option.putArray("series");
        stack(series, "Green", "#2e7d32", schools, Measures::green);
        stack(series, "Amber", "#f9a825", schools, Measures::amber);
        stack(series, "Red", "#c62828", schools, Measures::red);
        stack(series, "Not audited", "#9e9e9e", schools, Measures::unaudited);
        return option;
    }

    /** A provider half-term by half-term: attendance and reviews on time (lines), placements (bars). */
    static ObjectNode trend(List<HalfTermPoint> points) {
        ObjectNode option = base();
        option.putObject("legend").put("bottom", 0);
        category(option, points.stream().map(HalfTermPoint::label).toList());
        ArrayNode y = option.putArray("yAxis");
        y.addObject().put("type", "value").put("max", 100).put("name", "%");
        y.addObject().put("type", "value").put("minInterval", 1).put("name", "Placements");
        ArrayNode series = option.putArray("series");
        line(series, "Attendance %", points, HalfTermPoint::attendancePercent);
        line(series, "Reviews on time %", points, HalfTermPoint::reviewsOnTimePercent);
        ObjectNode placements = series.addObject().put("name", "Placements").put("type", "bar")
                .put("yAxisIndex", 1).put("barMaxWidth", 24);
        ArrayNode data = placements.putArray("data");
        points.forEach(p -> data.add(p.placements()));
        return option;
    }

    static String percent(@Nullable BigDecimal value) {
        return value == null ? UkDates.NONE : value.toPlainString();
    }

    private static ObjectNode base() {
        ObjectNode option = ChartPanel.JSON.createObjectNode();
        option.put("animation", false);
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("left", 8).put("right", 24).put("top", 32).put("bottom", 48)
                .put("containLabel", true);
        return option;
    }

    private static void category(ObjectNode option, List<String> names) {
        ObjectNode x = option.putObject("xAxis");
        x.put("type", "category");
        ArrayNode data = x.putArray("data");
        names.forEach(data::add);
        ObjectNode label = x.putObject("axisLabel");
        label.put("interval", 0);
        label.put("rotate", names.size() > 4 ? 30 : 0);
        label.put("width", 110);
        label.put("overflow", "truncate");
    }

    private static void stack(ArrayNode series, String name, String colour, List<Measures> rows,
            Function<Measures, Long> value) {
        ObjectNode s = series.addObject().put("name", name).put("type", "bar").put("stack", "rag")
                .put("barMaxWidth", 64);
        s.putObject("itemStyle").put("color", colour);
        ArrayNode data = s.putArray("data");
        rows.forEach(r -> data.add(value.apply(r)));
    }

    private static void line(ArrayNode series, String name, List<HalfTermPoint> points,
            Function<HalfTermPoint, @Nullable BigDecimal> value) {
        ObjectNode s = series.addObject().put("name", name).put("type", "line").put("connectNulls", false);
        ArrayNode data = s.putArray("data");
        points.forEach(p -> {
            BigDecimal v = value.apply(p);
            if (v == null) {
                data.addNull();
            } else {
                data.add(v);
            }
        });
    }

    static List<List<String>> rows(List<String> names, List<List<String>> columns) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(names.get(i));
            for (List<String> column : columns) {
                row.add(column.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
