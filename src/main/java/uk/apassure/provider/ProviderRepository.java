package uk.apassure.provider;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProviderRepository extends JpaRepository<Provider, Long>, ProviderRegisterQueries {

    /** Trust scope is part of the lookup: another trust's provider is simply not found. */
    Optional<Provider> findByIdAndTrustId(long id, long trustId);

    @Query("select count(p) > 0 from Provider p where p.trustId = :trustId and p.urn = :urn and p.id <> :exceptId")
    boolean urnTaken(long trustId, String urn, long exceptId);

    @Query("select new uk.apassure.provider.StatusCount(p.status, count(p)) from Provider p"
            + " where p.trustId = :trustId group by p.status")
    List<StatusCount> countByStatus(long trustId);

    @Query("select s from ProviderSite s join fetch s.provider p where s.id = :siteId and p.trustId = :trustId")
    Optional<ProviderSite> findSite(long siteId, long trustId);

    @Query("select c from ProviderContact c join fetch c.provider p where c.id = :contactId and p.trustId = :trustId")
    Optional<ProviderContact> findContact(long contactId, long trustId);

    /** Providers a school may still work with (visits): not archived, not "do not use". */
    @Query("select new uk.apassure.provider.ProviderChoice(p.id, p.name, p.status) from Provider p"
            + " where p.trustId = :trustId and p.status not in :excluded and p.name like :name escape '!' order by p.name")
    List<ProviderChoice> findChoices(long trustId, java.util.Collection<ProviderStatus> excluded, String name,
            org.springframework.data.domain.Pageable page);

    @Query("select new uk.apassure.provider.ProviderChoice(p.id, p.name, p.status) from Provider p"
            + " where p.trustId = :trustId and p.status in :statuses order by p.name")
    List<ProviderChoice> findByStatuses(long trustId, java.util.Collection<ProviderStatus> statuses);

    @Query("select new uk.apassure.provider.ProviderChoice(p.id, p.name, p.status) from Provider p"
            + " where p.trustId = :trustId and p.id in :ids")
    List<ProviderChoice> findChoicesByIds(long trustId, java.util.Collection<Long> ids);
}
