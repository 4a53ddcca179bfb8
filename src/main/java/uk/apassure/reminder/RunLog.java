package uk.apassure.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which digest runs have been made ({@code reminder_run}): a run missing or unfinished is made again. */
@Component
class RunLog {

    private final JdbcClient jdbc;

    RunLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean finished(DigestKind kind, LocalDate period) {
        return jdbc.sql("select count(*) from reminder_run where kind = ? and period = ? and finished_at is not null")
                .params(kind.name(), period).query(Long.class).single() > 0;
    }

    void started(DigestKind kind, LocalDate period, Instant now) {
        jdbc.sql("insert into reminder_run (kind, period, started_at) values (?, ?, ?)"
                + " on duplicate key update started_at = started_at").params(kind.name(), period, utc(now)).update();
    }

    void finished(DigestKind kind, LocalDate period, LocalDate asOf, Instant now) {
        jdbc.sql("update reminder_run set finished_at = ?, as_of = ? where kind = ? and period = ?")
                .params(utc(now), asOf, kind.name(), period).update();
    }

    /** The day the last finished run of this kind was made on. */
    Optional<LocalDate> lastAsOf(DigestKind kind) {
        return jdbc.sql("select as_of from reminder_run where kind = ? and finished_at is not null"
                + " order by as_of desc limit 1")
                .params(kind.name()).query(LocalDate.class).optional();
    }

    // the schema keeps instants as UTC (hibernate.jdbc.time_zone=UTC); the same here
    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
