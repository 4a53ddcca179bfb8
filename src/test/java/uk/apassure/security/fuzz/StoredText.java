package uk.apassure.security.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads every text column of the schema for characters that must never be stored: NUL, other control
 * characters (tab, line feed and carriage return are text) and bidi overrides. Compared as bytes:
 * the collation ignores control characters.
 */
@Component
class StoredText {

    private static final String HIDDEN = "(cast(%1$s as binary) regexp '[\\\\x00-\\\\x08\\\\x0B\\\\x0C\\\\x0E-\\\\x1F\\\\x7F]'"
            + " or locate(x'E280AE', cast(%1$s as binary)) > 0 or locate(x'E280AD', cast(%1$s as binary)) > 0)";

    private final JdbcTemplate jdbc;

    StoredText(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** "table.column (n rows)" for every column holding a hidden character. */
    List<String> columnsWithHiddenCharacters() {
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : jdbc.queryForList("select table_name t, column_name c from"
                + " information_schema.columns where table_schema = database() and data_type in"
                + " ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext')"
                + " and table_name not like 'flyway%'")) {
            String table = "`" + column.get("t") + "`";
            String name = "`" + column.get("c") + "`";
            Long rows = jdbc.queryForObject("select count(*) from " + table + " where " + HIDDEN.formatted(name),
                    Long.class);
            if (rows != null && rows > 0) {
                found.add(column.get("t") + "." + column.get("c") + " (" + rows + " rows)");
            }
        }
        return found;
    }
}
