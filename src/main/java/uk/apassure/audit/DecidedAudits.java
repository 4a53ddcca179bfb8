package uk.apassure.audit;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import org.springframework.stereotype.Component;
import uk.apassure.provider.AuditDecisions;
import uk.apassure.security.SignedInUser;

/** An audit the user's school has decided, of the given provider, in the user's trust. */
@Component
class DecidedAudits implements AuditDecisions {

    private final EntityManager em;

    DecidedAudits(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean decidedByOwnSchool(long auditId, long providerId, SignedInUser user) {
        Audit audit = em.find(Audit.class, auditId);
        return audit != null && audit.getProviderId() == providerId && audit.getTrustId() == user.trustId()
                && Objects.equals(audit.getSchoolId(), user.schoolId()) && audit.getState() == AuditState.DECIDED;
    }
}
