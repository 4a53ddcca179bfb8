package uk.apassure.placement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>Counting the whole trust takes seconds at 200,000 placements, so the trust's counts are kept
 * in memory, labelled with the change number that V31's triggers move on every write that can alter
 * them (timetables, a placement's status, a pupil's SEN, looked-after status or year group). Each
 * call reads that number first, in its own transaction, and counts again only when it has moved;
 * a count is read after its label, so it is never older than the label says. Calendars and the
 * providers' own standing do not enter the counts (the trigger judges those when asked).
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
                WHERE sc.trust_id = :trust AND p.status IN (:active, :proposed) AND pu.year_group <= :lastYear
                GROUP BY s.provider_id, p.pupil_id
                HAVING all_seconds >= :fullTime
            ) t
            GROUP BY t.provider_id""";

    private final EntityManager em;
    private final Map<Long, Counted> byTrust = new ConcurrentHashMap<>();

    FullTimePupilCounts(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<Long, Counts> byProvider(long trustId, @Nullable Long providerId) {
        Map<Long, Counts> all = trust(trustId);
        if (providerId == null) {
            return all;
        }
        Counts counts = all.get(providerId);
        return counts == null ? Map.of() : Map.of(providerId, counts);
    }

    @Override
    public Map<Long, Counts> byProviders(long trustId, Collection<Long> providerIds) {
        Map<Long, Counts> all = trust(trustId);
        Map<Long, Counts> some = new HashMap<>();
        for (Long id : providerIds) {
            Counts counts = all.get(id);
            if (counts != null) {
                some.put(id, counts);
            }
        }
        return some;
    }

    /** The trust's counts for every provider, counted again only when V31's change number has moved. */
    private Map<Long, Counts> trust(long trustId) {
        long version = number(em.createNativeQuery("SELECT version FROM full_time_change WHERE id = 1")
                .getSingleResult());
        Counted cached = byTrust.get(trustId);
        if (cached != null && cached.version() == version) {
            return cached.counts();
        }
        Map<Long, Counts> counts = Map.copyOf(count(trustId));
        byTrust.put(trustId, new Counted(version, counts));
        return counts;
    }

    private record Counted(long version, Map<Long, Counts> counts) {}

    private Map<Long, Counts> count(long trustId) {
        Query query = em.createNativeQuery(SQL)
                .setParameter("trust", trustId)
                .setParameter("fullTime", RegistrationTrigger.FULL_TIME.toSeconds())
                .setParameter("active", PlacementStatus.ACTIVE.name())
                .setParameter("proposed", PlacementStatus.PROPOSED.name())
                .setParameter("ehcp", SenStatus.EHCP.name())
                .setParameter("lastYear", RegistrationTrigger.LAST_YEAR_GROUP);
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
