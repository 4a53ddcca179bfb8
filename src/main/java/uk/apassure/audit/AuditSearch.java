package uk.apassure.audit;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.base.db.JpqlFilter;
import uk.apassure.security.SignedInUser;

/**
 * The audit list with filters (state, school, provider) and sorting, a page at a time. Audits are
 * provider-level facts: anyone who reads the register reads the trust's audits ({@link AuditAccess}).
 */
@Service
@Transactional(readOnly = true)
public class AuditSearch {

    private static final Map<String, String> SORTABLE = Map.of(
            "startedAt", "a.startedAt",
            "providerName", "p.name",
            "schoolName", "s.name",
            "state", "a.state",
            "decidedAt", "a.decidedAt");

    private final AuditAccess access;
    private final EntityManager em;

    AuditSearch(AuditAccess access, EntityManager em) {
        this.access = access;
        this.em = em;
    }

    public List<AuditRow> list(AuditFilter filter, Pageable page) {
        SignedInUser user = access.reader();
        return where(user, filter).page(em, """
                select new uk.apassure.audit.AuditRow(a.id, a.providerId, p.name, s.name, c.name, c.number, a.state,
                    a.startedAt, a.decision, a.decidedRag, a.decidedAt)
                from Audit a join a.checklistVersion c, uk.apassure.provider.Provider p,
                    uk.apassure.organisation.School s""",
                JpqlFilter.orderBy(page.getSort(), SORTABLE, "a.startedAt desc", "a.id desc"), AuditRow.class, page);
    }

    public long count(AuditFilter filter) {
        SignedInUser user = access.reader();
        return where(user, filter).query(em, "select count(a) from Audit a, uk.apassure.provider.Provider p,"
                + " uk.apassure.organisation.School s", "", Long.class).getSingleResult();
    }

    private static JpqlFilter where(SignedInUser user, AuditFilter filter) {
        return new JpqlFilter("a.trustId = :trustId", "trustId", user.trustId())
                .and("p.id = a.providerId and s.id = a.schoolId")
                .and("a.state = :state", "state", filter.state())
                .and("a.schoolId = :schoolId", "schoolId", filter.schoolId())
                .and("a.providerId = :providerId", "providerId", filter.providerId());
    }
}
