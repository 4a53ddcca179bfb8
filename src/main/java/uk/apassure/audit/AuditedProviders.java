package uk.apassure.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
        Map<Long, Set<Long>> bySchool = new HashMap<>();
        for (String jpql : new String[] {
                "select distinct a.schoolId as school, a.providerId as provider from Audit a where a.trustId = :trustId",
                "select distinct d.schoolId as school, a.providerId as provider from Adoption d join d.audit a"
                        + " where a.trustId = :trustId"}) {
            for (Tuple row : em.createQuery(jpql, Tuple.class).setParameter("trustId", trustId).getResultList()) {
                bySchool.computeIfAbsent(row.get("school", Long.class), any -> new HashSet<>())
                        .add(row.get("provider", Long.class));
            }
        }
        return bySchool;
    }
}
