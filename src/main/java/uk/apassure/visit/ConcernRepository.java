package uk.apassure.visit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConcernRepository extends JpaRepository<SafeguardingConcern, Long> {

    Optional<SafeguardingConcern> findByVisitId(long visitId);

    @Query("select c from SafeguardingConcern c join fetch c.visit v join fetch v.provider"
            + " where c.id = :id and v.trustId = :trustId")
    Optional<SafeguardingConcern> findInTrust(long id, long trustId);

    /** Open concerns in scope, newest first: one school, or the whole trust. */
    @Query("select c from SafeguardingConcern c join fetch c.visit v join fetch v.provider"
            + " where c.closedAt is null and v.trustId = :trustId and (:schoolId is null or v.schoolId = :schoolId)"
            + " order by c.raisedAt desc")
    List<SafeguardingConcern> findOpen(long trustId, @org.jspecify.annotations.Nullable Long schoolId);

    @Query("select count(c) from SafeguardingConcern c join c.visit v"
            + " where c.closedAt is null and v.trustId = :trustId and (:schoolId is null or v.schoolId = :schoolId)")
    long countOpen(long trustId, @org.jspecify.annotations.Nullable Long schoolId);

    /** When concerns were raised at these providers, by any school of the trust (provider-level facts). */
    @Query("select new uk.apassure.visit.ConcernAtProvider(v.provider.id, c.raisedAt) from SafeguardingConcern c"
            + " join c.visit v where v.trustId = :trustId and v.provider.id in :providerIds and c.raisedAt >= :since")
    List<ConcernAtProvider> findRaisedAt(long trustId, java.util.Collection<Long> providerIds, java.time.Instant since);
}
