package uk.apassure.risk;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RiskAssessmentRepository extends JpaRepository<RiskAssessment, Long> {

    Optional<RiskAssessment> findByCurrentForProvider(long providerId);

    List<RiskAssessment> findByTrustIdAndProviderIdOrderByNumberDesc(long trustId, long providerId);

    @Query("""
            select new uk.apassure.risk.CurrentApproval(a.id, a.providerId, a.approvedOn, a.reviewNeededSince)
            from RiskAssessment a where a.trustId = :trustId and a.currentForProvider in :providerIds""")
    List<CurrentApproval> findCurrent(long trustId, Collection<Long> providerIds);

    @Query("""
            select new uk.apassure.risk.CurrentApproval(a.id, a.providerId, a.approvedOn, a.reviewNeededSince)
            from RiskAssessment a where a.trustId = :trustId and a.currentForProvider is not null""")
    List<CurrentApproval> findAllCurrent(long trustId);

    @Query("""
            select new uk.apassure.risk.ChangeRow(c.assessment.id, c.kind, c.reason, c.changedOn, c.recordedByName)
            from MaterialChange c where c.assessment.id in :assessmentIds order by c.changedOn, c.id""")
    List<ChangeRow> findChanges(Collection<Long> assessmentIds);
}
