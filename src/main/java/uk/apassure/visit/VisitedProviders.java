package uk.apassure.visit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.apassure.provider.ProviderUse;

/** A school uses a provider it has visited or is visiting (a draft counts: the visit is under way). */
@Component
class VisitedProviders implements ProviderUse {

    private final EntityManager em;

    VisitedProviders(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<Long, Set<Long>> providersBySchool(long trustId) {
        return ProviderUse.bySchool(em.createQuery("select distinct v.schoolId as school, v.provider.id as provider"
                + " from Visit v where v.trustId = :trustId", Tuple.class).setParameter("trustId", trustId)
                .getResultList());
    }
}
