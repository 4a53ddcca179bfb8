package uk.apassure.demo;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates a large register straight into MariaDB (batched SQL, no entities) to measure the grid:
 * providers of every type and status, each with a main site. Used by the large demo switch and by
 * the paging tests; not a way to enter real data.
 */
@Component
public class BulkProviders {

    private static final Logger log = LoggerFactory.getLogger(BulkProviders.class);
    private static final String[] TYPES = {"REGISTERED_INDEPENDENT_SCHOOL", "PRU_OR_AP_ACADEMY", "FE_COLLEGE",
            "UNREGISTERED_PROVIDER", "ONLINE_PROVIDER", "MAINSTREAM_SCHOOL"};
    private static final String[] STATUSES = {"PROSPECTIVE", "APPROVED", "APPROVED_WITH_CONDITIONS", "SUSPENDED",
            "DO_NOT_USE", "ARCHIVED"};
    private static final String[] WORDS = {"Farm", "Workshop", "Academy", "Motor Skills", "Tuition", "Learning",
            "Horse Care", "Construction", "Kitchen", "Boxing", "Outdoor", "Online", "Studio", "Garden", "Forge"};
    private static final String[] TOWNS = {"Ashworth", "Brackley Vale", "Corrington", "Dunmore", "Easterby",
            "Fenwick", "Glenholme", "Harrowfield"};
    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;

    BulkProviders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void generate(long trustId, int count) {
        long started = System.nanoTime();
        String sql = "INSERT INTO provider (trust_id, name, type, status, urn, registration, ofsted_judgement,"
                + " ofsted_date, la_approved, main_town, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NOW(6), NOW(6))";
        List<Object[]> batch = new ArrayList<>(BATCH);
        for (int i = 1; i <= count; i++) {
            String type = TYPES[i % TYPES.length];
            boolean registered = type.equals("REGISTERED_INDEPENDENT_SCHOOL") || type.equals("PRU_OR_AP_ACADEMY")
                    || type.equals("FE_COLLEGE") || type.equals("MAINSTREAM_SCHOOL");
            String urn = registered ? String.format("%06d", 100000 + (i % 899999)) : null;
            batch.add(new Object[] {trustId,
                    WORDS[i % WORDS.length] + " " + WORDS[(i / WORDS.length) % WORDS.length] + " " + i,
                    type, STATUSES[(i / 7) % STATUSES.length], urn,
                    registered ? "REGISTERED" : "NOT_REGISTERED",
                    registered ? "GOOD" : null,
                    registered ? java.sql.Date.valueOf(java.time.LocalDate.of(2020 + i % 6, 1 + i % 12, 1 + i % 28))
                            : null,
                    i % 5 != 0,
                    // the main site's town, kept on the provider for the register's sort (V45)
                    TOWNS[i % TOWNS.length]});
            if (batch.size() == BATCH || i == count) {
                jdbc.batchUpdate(sql, batch);
                batch.clear();
            }
        }
        // one main site per generated provider in the town given above, its postcode derived from the id
        jdbc.update("INSERT INTO provider_site (provider_id, kind, name, address_line1, town, postcode)"
                + " SELECT p.id, 'MAIN', 'Main site', CONCAT(p.id MOD 200 + 1, ' Station Road'), p.main_town,"
                + " CONCAT('AB', p.id MOD 90 + 10, ' ', p.id MOD 9 + 1, 'XY')"
                + " FROM provider p LEFT JOIN provider_site s ON s.provider_id = p.id"
                + " WHERE p.trust_id = ? AND s.id IS NULL", trustId);
        log.info("Generated {} providers with main sites in {} ms", count, (System.nanoTime() - started) / 1_000_000);
    }
}
