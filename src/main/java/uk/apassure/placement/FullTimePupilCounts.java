package uk.apassure.placement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.apassure.provider.FullTimeEducation;
import uk.apassure.provider.FullTimePupils;
import uk.apassure.provider.RegistrationTrigger;

/**
 * Counts the trust's full-time pupils per provider in MariaDB, for the registration trigger: one
 * aggregate over the timetables of active and proposed placements of every school of the trust,
 * never a placement loaded. A pupil's week at a provider is the sum of that provider's sessions in
 * the pupil's placements; hours at another provider do not add to it.
 */
@Component
class FullTimePupilCounts implements FullTimeEducation {

    private static final String SQL = """
            SELECT t.provider_id,
                   SUM(t.active_seconds >= :fullTime),
                   SUM(t.active_seconds >= :fullTime AND t.ehcp),
                   SUM(t.active_seconds >= :fullTime AND t.looked_after),
                   COUNT(*),
                   SUM(t.ehcp),
                   SUM(t.looked_after)
            FROM (
                SELECT s.provider_id, p.pupil_id,
                       SUM(IF(p.status = :active, TIME_TO_SEC(TIMEDIFF(s.ends_at, s.starts_at)), 0)) AS active_seconds,
                       SUM(TIME_TO_SEC(TIMEDIFF(s.ends_at, s.starts_at))) AS all_seconds,
                       MAX(pu.sen = :ehcp) AS ehcp,
                       MAX(pu.looked_after) AS looked_after
                FROM placement_session s
                JOIN placement p ON p.id = s.placement_id
                JOIN pupil pu ON pu.id = p.pupil_id
                JOIN school sc ON sc.id = p.school_id
                WHERE sc.trust_id = :trust AND p.status IN (:active, :proposed) AND pu.year_group <= :lastYear %s
                GROUP BY s.provider_id, p.pupil_id
                HAVING all_seconds >= :fullTime
            ) t
            GROUP BY t.provider_id""";

    private final EntityManager em;

    FullTimePupilCounts(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<Long, Counts> byProvider(long trustId, @Nullable Long providerId) {
        return count(trustId, providerId == null ? null : List.of(providerId));
    }

    @Override
    public Map<Long, Counts> byProviders(long trustId, Collection<Long> providerIds) {
        return providerIds.isEmpty() ? Map.of() : count(trustId, providerIds);
    }

    private Map<Long, Counts> count(long trustId, @Nullable Collection<Long> providerIds) {
        Query query = em.createNativeQuery(SQL.formatted(providerIds == null ? "" : "AND s.provider_id IN (:provider)"))
                .setParameter("trust", trustId)
                .setParameter("fullTime", RegistrationTrigger.FULL_TIME.toSeconds())
                .setParameter("active", PlacementStatus.ACTIVE.name())
                .setParameter("proposed", PlacementStatus.PROPOSED.name())
                .setParameter("ehcp", SenStatus.EHCP.name())
                .setParameter("lastYear", RegistrationTrigger.LAST_YEAR_GROUP);
        if (providerIds != null) {
            query.setParameter("provider", providerIds);
        }
        Map<Long, Counts> counts = new HashMap<>();
        for (Object row : (List<?>) query.getResultList()) {
            Object[] cells = (Object[]) row;
            counts.put(number(cells[0]), new Counts(
                    new FullTimePupils(number(cells[1]), number(cells[2]), number(cells[3])),
                    new FullTimePupils(number(cells[4]), number(cells[5]), number(cells[6]))));
        }
        return counts;
    }

    private static long number(Object cell) {
        return ((Number) cell).longValue();
    }
}
