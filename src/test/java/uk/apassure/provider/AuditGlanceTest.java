package uk.apassure.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.apassure.base.domain.Rag;

class AuditGlanceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void no_decided_audit_reads_no_audit() {
        assertThat(AuditGlance.of(null, null, TODAY)).isEqualTo("No audit");
    }

    @Test
    void a_recent_audit_shows_its_rag_and_date() {
        assertThat(AuditGlance.of(Rag.GREEN, LocalDate.of(2025, 3, 10), TODAY)).isEqualTo("Green, Mon 10 Mar 2025");
    }

    @Test
    void an_audit_older_than_twelve_months_is_flagged() {
        assertThat(AuditGlance.of(Rag.RED, LocalDate.of(2025, 3, 9), TODAY))
                .isEqualTo("Red, Sun 9 Mar 2025 · older than 12 months");
        assertThat(AuditGlance.isOlderThanAYear(LocalDate.of(2025, 3, 10), TODAY)).isFalse();
    }
}
