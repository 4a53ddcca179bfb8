package uk.apassure.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;

/** Opening an audit of about forty items reads it in a handful of statements, not one per item. */
class AuditSheetQueriesTest extends IntegrationTest {

    @Autowired
    AuditService audits;

    @Autowired
    AuditFixtures fixtures;

    @Autowired
    EntityManagerFactory emf;

    @Test
    void an_audit_sheet_is_read_with_a_bounded_number_of_statements() {
        long id = fixtures.draft(fixtures.provider("Query count farm"));
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        AuditSheet sheet = as("a1.aplead", () -> audits.get(id));
        assertThat(sheet.items()).hasSizeGreaterThan(30);
        // audit, items, checklist version, sections, checklist items, evidence, conditions, adoptions,
        // send-backs, the correction, names: a fixed number, whatever the number of items
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(14);
    }
}
