package uk.apassure.provider;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.apassure.IntegrationTest;

/** The database backs the form rules: bad data cannot get in even past the application. */
class ProviderConstraintsTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private void insertProvider(String name, String urn) {
        jdbc.update("INSERT INTO provider (trust_id, name, type, status, urn, registration, created_at, updated_at)"
                + " VALUES (?, ?, 'FE_COLLEGE', 'PROSPECTIVE', ?, 'REGISTERED', NOW(), NOW())", world.trustA, name, urn);
    }

    private long providerId(String name) {
        return jdbc.queryForObject("SELECT id FROM provider WHERE name = ?", Long.class, name);
    }

    @Test
    void a_urn_that_is_not_six_digits_is_refused() {
        assertThatThrownBy(() -> insertProvider("Constraint college 1", "12345"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatCode(() -> insertProvider("Constraint college 2", "555555")).doesNotThrowAnyException();
    }

    @Test
    void a_blank_name_and_an_unknown_status_are_refused() {
        assertThatThrownBy(() -> insertProvider("   ", null)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO provider (trust_id, name, type, status, registration,"
                + " created_at, updated_at) VALUES (?, 'X', 'FE_COLLEGE', 'MAYBE', 'REGISTERED', NOW(), NOW())",
                world.trustA)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_duplicate_urn_in_one_trust_is_refused() {
        insertProvider("Constraint college 3", "444444");
        assertThatThrownBy(() -> insertProvider("Constraint college 4", "444444"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_site_needs_a_normalised_uk_postcode_and_a_provider_has_one_main_site() {
        insertProvider("Constraint college 5", null);
        long id = providerId("Constraint college 5");
        String site = "INSERT INTO provider_site (provider_id, kind, name, address_line1, town, postcode)"
                + " VALUES (?, ?, 'Site', '1 Road', 'Town', ?)";
        assertThatThrownBy(() -> jdbc.update(site, id, "MAIN", "sw1a1aa"))
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update(site, id, "MAIN", "SW1A 1AA");
        assertThatThrownBy(() -> jdbc.update(site, id, "MAIN", "M1 1AE"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatCode(() -> jdbc.update(site, id, "SATELLITE", "M1 1AE")).doesNotThrowAnyException();
    }

    @Test
    void a_contact_needs_an_email_or_a_phone() {
        insertProvider("Constraint college 6", null);
        long id = providerId("Constraint college 6");
        assertThatThrownBy(() -> jdbc.update("INSERT INTO provider_contact (provider_id, name) VALUES (?, 'Jo')", id))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_status_change_needs_a_reason() {
        insertProvider("Constraint college 7", null);
        long id = providerId("Constraint college 7");
        long user = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'a1.slt'", Long.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO provider_status_change (provider_id, to_status, reason,"
                + " changed_by_id, changed_by_name, changed_at) VALUES (?, 'APPROVED', ' ', ?, 'A1 SLT', NOW())",
                id, user)).isInstanceOf(DataIntegrityViolationException.class);
    }
}
