package uk.apassure.renewal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.apassure.audit.EvidenceService.CheckedFile;
import uk.apassure.security.SignedInUser;

/**
 * Writes renewals and their evidence (V21). Only ever inserts: a renewal supersedes a date by
 * being the latest, and the record it renews and every earlier renewal stay as they were.
 */
@Component
class RenewalStore {

    private final EntityManager em;

    RenewalStore(EntityManager em) {
        this.em = em;
    }

    long storeEvidence(long trustId, long providerId, CheckedFile file, byte[] content, SignedInUser by, Instant at) {
        em.createNativeQuery("""
                INSERT INTO renewal_evidence (trust_id, provider_id, file_name, media_type, size_bytes,
                    uploaded_by_user_id, uploaded_by_name, uploaded_at)
                VALUES (:trust, :provider, :name, :type, :size, :user, :userName, :at)""")
                .setParameter("trust", trustId).setParameter("provider", providerId)
                .setParameter("name", file.name()).setParameter("type", file.mediaType())
                .setParameter("size", (long) content.length).setParameter("user", by.id())
                .setParameter("userName", by.displayName()).setParameter("at", at).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        em.createNativeQuery("INSERT INTO renewal_evidence_content (evidence_id, content) VALUES (:id, :content)")
                .setParameter("id", id).setParameter("content", content).executeUpdate();
        return id;
    }

    void storeRenewal(long trustId, RenewalRef ref, long providerId, @Nullable LocalDate baseDueOn,
            @Nullable LocalDate previousDueOn, LocalDate newDueOn, long evidenceId, SignedInUser by, Instant at) {
        em.createNativeQuery("""
                INSERT INTO renewal (trust_id, kind, subject_id, provider_id, base_due_on, previous_due_on,
                    new_due_on, evidence_id, renewed_by_user_id, renewed_by_name, renewed_at)
                VALUES (:trust, :kind, :subject, :provider, :base, :previous, :due, :evidence, :user, :userName, :at)""")
                .setParameter("trust", trustId).setParameter("kind", ref.kind().name())
                .setParameter("subject", ref.subjectId()).setParameter("provider", providerId)
                .setParameter("base", baseDueOn).setParameter("previous", previousDueOn)
                .setParameter("due", newDueOn).setParameter("evidence", evidenceId)
                .setParameter("user", by.id()).setParameter("userName", by.displayName())
                .setParameter("at", at).executeUpdate();
    }
}
