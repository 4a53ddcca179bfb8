package uk.apassure.audit;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.base.time.SchoolTime;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * A provider's latest signed-off (decided) audit as the features built on audits read it: what a
 * provider risk assessment is made from, and the evidence of it that has lapsed. Provider-level facts
 * of the user's trust; everyone who reads the register may ask (no item notes, no files).
 */
@Service
@Transactional(readOnly = true)
public class SignedOffAudits {

    private static final String LATEST = """
            a.trustId = :trustId and a.state = uk.apassure.audit.AuditState.DECIDED
              and a.decidedAt = (select max(b.decidedAt) from Audit b where b.providerId = a.providerId
                                 and b.state = uk.apassure.audit.AuditState.DECIDED)""";

    private final EntityManager em;
    private final AccessGuard access;

    SignedOffAudits(EntityManager em, AccessGuard access) {
        this.em = em;
        this.access = access;
    }

    /** The provider's latest decided audit, with the items it found applicable (met or partly met). */
    public Optional<SignedOff> latest(long providerId) {
        SignedInUser user = access.require(Permission.PROVIDER_READ);
        List<Audit> found = em.createQuery("select a from Audit a where a.providerId = :providerId and " + LATEST
                        + " order by a.id desc", Audit.class)
                .setParameter("trustId", user.trustId()).setParameter("providerId", providerId).setMaxResults(1)
                .getResultList();
        return found.stream().findFirst().map(audit -> new SignedOff(audit.requireId(),
                LocalDate.ofInstant(java.util.Objects.requireNonNull(audit.getDecidedAt()), ZONE),
                audit.getChecklistVersion().isOnlineOnly(),
                audit.getItems().stream()
                        .filter(item -> item.getOutcome() == Outcome.MET || item.getOutcome() == Outcome.PARTLY_MET)
                        .map(item -> item.getChecklistItem().getPrompt()).toList()));
    }

    /**
     * Evidence of the providers' latest decided audits whose expiry or review date is before {@code today}:
     * a lapsed certificate or policy, soonest lapsed first.
     */
    public List<EvidenceDue> lapsed(Collection<Long> providerIds, LocalDate today) {
        SignedInUser user = access.require(Permission.PROVIDER_READ);
        if (providerIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select new uk.apassure.audit.EvidenceDue(a.id, a.providerId, p.name, ci.prompt, i.expiresOn)
                        from AuditItem i join i.audit a join i.checklistItem ci, uk.apassure.provider.Provider p
                        where p.id = a.providerId and a.providerId in :providerIds and i.expiresOn < :today and """
                        + " " + LATEST + " order by i.expiresOn, i.id", EvidenceDue.class)
                .setParameter("trustId", user.trustId()).setParameter("providerIds", providerIds)
                .setParameter("today", today).getResultList();
    }

    private static final ZoneId ZONE = SchoolTime.ZONE;

    /** The audit a risk assessment is made from. */
    public record SignedOff(long auditId, LocalDate decidedOn, boolean onlineOnly, List<String> applicableItems) {}
}
