package uk.apassure.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark summary reads each benchmark's own CSV layout and judges every figure against its target. */
class BenchmarkSummaryTest {

    @TempDir
    Path folder;

    @Test
    void every_layout_is_read_with_its_target_and_judged() throws IOException {
        Files.write(folder.resolve("visits.csv"), List.of(
                "what,who,visits matching,median ms,min ms,max ms,runs,target ms,within target,load average",
                "\"first page (50 rows + count), newest first\",trust lead,1000000,12.5,10.0,20.0,21,50,yes,1.0 2.0 3.0",
                "\"filter: judgement concern in any area\",trust lead,20000,151.0,140.0,170.0,21,150,no,1.0 2.0 3.0"));
        Files.write(folder.resolve("attendance.csv"), List.of("what,who,rows,median ms,min ms,max ms,target ms",
                "\"the attendance page\",trust lead,50,50.0,34.0,70.0,50"));
        Files.write(folder.resolve("compare.csv"), List.of(
                "what,who,rows,median ms,min ms,max ms,target ms,within target",
                "\"providers grid, five years\",trust lead,672,4400.0,4000.0,5000.0,1000,no",
                "\"load average at the end: 6.1 7.2 8.3\",,,,,,,"));
        Files.write(folder.resolve("heap.csv"), List.of(
                "view,sessions,baseline KB,with sessions KB,KB per session,target KB,user,load average",
                "providers,20,1000,10000,472,150,aplead,\"21 22 25\""));
        Files.write(folder.resolve("load.csv"), List.of("run,users,think_ms,seconds,requests,requests_per_s,p50_ms,"
                + "p95_ms,p99_ms,max_ms,errors,sign_ins_per_s,busy_answers,load_average",
                "\"200 users\",200,3000-5000,60,4000,74.1,13.0,75.0,136.0,300.0,0,,0,2.0 2.1 2.2",
                "\"200 users, busy morning\",200,1000-1000,60,9000,153.9,366.0,1640.0,2400.0,3000.0,0,,0,15 9 5",
                "\"300 users\",300,3000-5000,40,4400,111.1,20.0,155.0,280.0,400.0,0,,0,3 3 3"));
        Files.write(folder.resolve("cold-start.csv"), List.of("start,median ms,min ms,max ms,runs,load average",
                "\"first start, empty data folder\",140000,106000,150000,3,\"11.5 12.6 12.0\"",
                "\"first start, demo users can sign in\",190000,180000,200000,3,\"11.5 12.6 12.0\""));
        Path old = folder.resolve("placements.csv");
        Files.write(old, List.of("what,who,placements matching,median ms,min ms,max ms,target ms,within target",
                "\"filter: notice late\",school SLT,7043,80.0,70.0,90.0,150,yes"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2026-11-30T10:00:00Z")));

        List<String> table = BenchmarkSummary.table(folder, Instant.now().minusSeconds(60));
        String all = String.join("\n", table);

        assertThat(row(table, "newest first")).contains("12.5 ms", "50 ms", "| ok ", "1.0 2.0 3.0");
        assertThat(row(table, "judgement concern")).contains("151.0 ms", "150 ms", "OVER");
        // no "within target" column: judged here, at the boundary (50.0 against 50)
        assertThat(row(table, "the attendance page")).contains("50.0 ms", "| ok ");
        assertThat(row(table, "five years")).contains("OVER", "6.1 7.2 8.3 (end)");
        assertThat(row(table, "| heap ")).contains("472 KB", "150 KB", "OVER", "21 22 25");
        assertThat(row(table, "busy morning")).contains("1640.0 ms p95", "200 ms", "OVER");
        assertThat(row(table, "think 3000-5000 ms")).contains("75.0 ms p95", "50 ms", "OVER");
        assertThat(row(table, "300 users")).contains("155.0 ms p95").doesNotContain("OVER", "| ok ");
        assertThat(row(table, "empty data folder")).contains("140000 ms", "15000 ms", "OVER");
        // the target is a served login page; the demo data made after it has none
        assertThat(row(table, "demo users can sign in")).contains("190000 ms").doesNotContain("15000", "OVER", "| ok ");
        assertThat(all).doesNotContain("load average at the end: 6.1")
                .contains("placements.csv: from an earlier run, 30 Nov 10:00")
                .contains("11 figures from 7 files; 9 with a target, 3 within it, 6 OVER");
    }

    @Test
    void only_benchmark_classes_turn_the_summary_on() {
        assertThat(BenchmarkSummary.isBenchmark("uk.apassure.benchmark.VisitGridBenchmark")).isTrue();
        assertThat(BenchmarkSummary.isBenchmark("uk.apassure.benchmark.BenchmarkSummaryTest")).isFalse();
        assertThat(BenchmarkSummary.isBenchmark("uk.apassure.visit.VisitServiceTest")).isFalse();
    }

    private static String row(List<String> table, String what) {
        return table.stream().filter(line -> line.contains(what)).findFirst().orElseThrow(
                () -> new AssertionError("no row with " + what + " in\n" + String.join("\n", table)));
    }
}
