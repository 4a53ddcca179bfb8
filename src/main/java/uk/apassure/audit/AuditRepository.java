package uk.apassure.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditRepository extends JpaRepository<Audit, Long> {

    Optional<Audit> findByIdAndTrustId(long id, long trustId);

    @Query("""
            select new uk.apassure.audit.AuditRow(a.id, a.providerId, p.name, s.name, c.name, c.number, a.state,
                a.startedAt, a.decision, a.decidedRag, a.decidedAt)
            from Audit a join a.checklistVersion c, uk.apassure.provider.Provider p, uk.apassure.organisation.School s
            where p.id = a.providerId and s.id = a.schoolId and a.trustId = :trustId
            order by a.startedAt desc, a.id desc""")
    List<AuditRow> findRows(long trustId, Pageable page);

    long countByTrustId(long trustId);

    @Query("""
            select new uk.apassure.audit.AuditRow(a.id, a.providerId, p.name, s.name, c.name, c.number, a.state,
                a.startedAt, a.decision, a.decidedRag, a.decidedAt)
            from Audit a join a.checklistVersion c, uk.apassure.provider.Provider p, uk.apassure.organisation.School s
            where p.id = a.providerId and s.id = a.schoolId and a.trustId = :trustId and a.providerId = :providerId
            order by a.startedAt desc, a.id desc""")
    List<AuditRow> findRowsForProvider(long trustId, long providerId);

    @Query("""
            select new uk.apassure.audit.AuditCounts$StateCount(a.state, count(a)) from Audit a
            where a.trustId = :trustId and (:providerId is null or a.providerId = :providerId)
            group by a.state""")
    List<AuditCounts.StateCount> countByState(long trustId, @Nullable Long providerId);

    @Query("""
            select new uk.apassure.audit.AuditCounts$RagCount(a.decidedRag, count(a)) from Audit a
            where a.trustId = :trustId and (:providerId is null or a.providerId = :providerId)
              and a.state = uk.apassure.audit.AuditState.DECIDED
            group by a.decidedRag""")
    List<AuditCounts.RagCount> countDecidedByRag(long trustId, @Nullable Long providerId);

    /** The audit that corrects this one, if a correction was started. */
    @Query("select a.id from Audit a where a.correctsAuditId = :auditId")
    Optional<Long> findCorrection(long auditId);

    @Query("select p.name from uk.apassure.provider.Provider p where p.id = :providerId and p.trustId = :trustId")
    Optional<String> providerName(long providerId, long trustId);

    @Query("select p.type from uk.apassure.provider.Provider p where p.id = :providerId and p.trustId = :trustId")
    Optional<uk.apassure.provider.ProviderType> providerType(long providerId, long trustId);

    @Query("select s.id, s.name from uk.apassure.organisation.School s where s.trust.id = :trustId")
    List<Object[]> schoolNames(long trustId);

    /** Expiry/review dates in the provider's latest decided audit, up to a date (past ones included). */
    @Query("""
            select new uk.apassure.audit.ExpiringEvidence(a.id, a.providerId, ci.prompt, i.expiresOn)
            from AuditItem i join i.audit a join i.checklistItem ci
            where a.trustId = :trustId and a.providerId = :providerId and i.expiresOn <= :until
              and a.decidedAt = (select max(b.decidedAt) from Audit b where b.providerId = a.providerId
                                 and b.state = uk.apassure.audit.AuditState.DECIDED)
            order by i.expiresOn, ci.position""")
    List<ExpiringEvidence> findExpiring(long trustId, long providerId, LocalDate until);

    /** The trust's expiring evidence across every provider's latest decided audit, for renewals. */
    @Query("""
            select new uk.apassure.audit.ExpiringEvidence(a.id, a.providerId, ci.prompt, i.expiresOn)
            from AuditItem i join i.audit a join i.checklistItem ci
            where a.trustId = :trustId and i.expiresOn <= :until
              and a.decidedAt = (select max(b.decidedAt) from Audit b where b.providerId = a.providerId
                                 and b.state = uk.apassure.audit.AuditState.DECIDED)
            order by i.expiresOn, a.providerId""")
    List<ExpiringEvidence> findExpiring(long trustId, LocalDate until);
}
