package uk.apassure.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.apassure.provider.ProviderUse;

/** A school uses a provider it has audited or whose audit it has adopted. */
@Component
class AuditedProviders implements ProviderUse {

    private final EntityManager em;

    AuditedProviders(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<Long, Set<Long>> providersBySchool(long trustId) {
        return ProviderUse.bySchool(Stream.of(
                        "select distinct a.schoolId as school, a.providerId as provider from Audit a"
                                + " where a.trustId = :trustId",
                        "select distinct d.schoolId as school, a.providerId as provider from Adoption d join d.audit a"
                                + " where a.trustId = :trustId")
                .flatMap(jpql -> em.createQuery(jpql, Tuple.class).setParameter("trustId", trustId).getResultList()
                        .stream())
                .toList());
    }
}
