package uk.apassure.base.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A JVM that starts the embedded MariaDB on a folder, optionally writes a row, prints what the
 * table holds and then runs until it is stopped (Ctrl+C), as the application does. Used by
 * {@link EmbeddedMariaDbRestartTest}.
 */
public final class EmbeddedMariaDbRun {

    static final String READY = "ROWS:";

    private EmbeddedMariaDbRun() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        boolean write = "write".equals(args[1]);
        EmbeddedMariaDb db = EmbeddedMariaDb.start(new EmbeddedMariaDbProperties(folder, 0, "apassure", false));
        // as Spring's shutdown hook closes the application context, and with it the database
        Runtime.getRuntime().addShutdownHook(new Thread(db::close));
        StringBuilder rows = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists kept (note varchar(100) not null)");
            if (write) {
                statement.execute("insert into kept (note) values ('written before the stop')");
            }
            try (ResultSet result = statement.executeQuery("select note from kept")) {
                while (result.next()) {
                    rows.append(result.getString(1)).append(';');
                }
            }
        }
        System.out.println(READY + rows);
        System.out.flush();
        Thread.currentThread().join();
    }
}
