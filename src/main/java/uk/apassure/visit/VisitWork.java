package uk.apassure.visit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.Role;
import uk.apassure.security.SignedInUser;

/**
 * What visit work waits for whom: the user's draft visits, the follow-up actions they own, the
 * concerns raised at a provider, and numbers by school. Every method checks the permission and the
 * scope of {@link VisitService} (own school and own visits; the trust for trust-wide roles).
 */
@Service
@Transactional(readOnly = true)
public class VisitWork {

    private final VisitService visits;
    private final CadenceService cadence;
    private final AccessGuard access;
    private final EntityManager em;
    private final Clock clock;

    VisitWork(VisitService visits, CadenceService cadence, AccessGuard access, EntityManager em, Clock clock) {
        this.visits = visits;
        this.cadence = cadence;
        this.access = access;
        this.em = em;
        this.clock = clock;
    }

    /** The visits the user started and has not submitted, the latest saved first. */
    public List<DraftVisit> myDrafts() {
        SignedInUser user = access.require(Permission.VISIT_RECORD);
        return em.createQuery("select new uk.apassure.visit.DraftVisit(v.id, p.name, v.visitedAt, v.updatedAt)"
                        + " from Visit v join v.provider p where v.trustId = :trustId and v.recordedById = :me"
                        + " and v.status = uk.apassure.visit.VisitStatus.DRAFT order by v.updatedAt desc, v.id desc",
                        DraftVisit.class)
                .setParameter("trustId", user.trustId()).setParameter("me", user.id()).getResultList();
    }

    /** Open follow-up actions in the user's scope that name them as owner, soonest due first. */
    public List<ActionDue> myActions() {
        SignedInUser user = access.require(Permission.VISIT_READ);
        VisitScope scope = visits.scope(user);
        return em.createQuery("select new uk.apassure.visit.ActionDue(a.id, v.id, p.name, a.description, a.owner,"
                        + " a.dueOn) from VisitAction a join a.visit v join v.provider p where v.trustId = :trustId"
                        + " and (:wholeTrust = true or v.schoolId = :schoolId or v.recordedById = :me)"
                        + " and a.status = uk.apassure.visit.ActionStatus.OPEN and trim(a.owner) = :owner"
                        + " order by a.dueOn, a.id", ActionDue.class)
                .setParameter("trustId", user.trustId()).setParameter("wholeTrust", scope.wholeTrust())
                .setParameter("schoolId", scope.schoolId() == null ? -1L : scope.schoolId())
                .setParameter("me", user.id()).setParameter("owner", user.displayName().trim()).getResultList();
    }

    /**
     * The safeguarding concerns raised on visits to a provider that the user may see, newest first.
     * The text is only for the DSLs and the headteacher of the visit's school and for its author;
     * everyone else sees that there is a concern, when it was raised and whether it is closed.
     */
    public List<ProviderConcern> concernsAt(long providerId) {
        SignedInUser user = access.require(Permission.VISIT_READ);
        VisitScope scope = visits.scope(user);
        boolean leads = user.hasRole(Role.DSL) || user.hasRole(Role.HEADTEACHER);
        return em.createQuery("select v.id as visit, v.schoolId as school, v.recordedById as recorder, s.name as name,"
                        + " c.raisedAt as raised, c.closedAt as closed, c.description as text, c.raisedById as author"
                        + " from SafeguardingConcern c join c.visit v, uk.apassure.organisation.School s"
                        + " where s.id = v.schoolId and v.trustId = :trustId and v.provider.id = :providerId"
                        + " order by c.raisedAt desc, c.id desc", Tuple.class)
                .setParameter("trustId", user.trustId()).setParameter("providerId", providerId).getResultList()
                .stream()
                .filter(row -> scope.wholeTrust() || Objects.equals(scope.schoolId(), row.get("school", Long.class))
                        || row.get("recorder", Long.class) == user.id())
                .map(row -> new ProviderConcern(row.get("visit", Long.class), row.get("name", String.class),
                        row.get("raised", Instant.class), row.get("closed", Instant.class),
                        leads && Objects.equals(user.schoolId(), row.get("school", Long.class))
                                || row.get("author", Long.class) == user.id() ? row.get("text", String.class) : null))
                .toList();
    }

    /** Visits to one provider as numbers (the user's school; the trust for trust-wide roles). */
    public ProviderVisitCounts countsAt(long providerId) {
        SignedInUser user = access.require(Permission.VISIT_COUNT);
        @Nullable Long school = access.isPermitted(Permission.TRUST_WIDE) ? null : user.schoolId();
        if (school == null && !access.isPermitted(Permission.TRUST_WIDE)) {
            return new ProviderVisitCounts(0, 0, 0);
        }
        String scope = " and v.trustId = :trustId and v.provider.id = :providerId"
                + (school == null ? "" : " and v.schoolId = :schoolId");
        long visitsThisYear = count(user, school, "select count(v) from Visit v where v.status ="
                + " uk.apassure.visit.VisitStatus.SUBMITTED and v.visitedAt >= :since" + scope, providerId, true);
        long open = count(user, school, "select count(c) from SafeguardingConcern c join c.visit v"
                + " where c.closedAt is null" + scope, providerId, false);
        long all = count(user, school, "select count(c) from SafeguardingConcern c join c.visit v where 1 = 1" + scope,
                providerId, false);
        return new ProviderVisitCounts(visitsThisYear, open, all - open);
    }

    /** The numbers of the user's school: for governors, who see counts only. */
    public VisitWorkCounts mySchoolCounts() {
        SignedInUser user = access.require(Permission.VISIT_COUNT);
        if (user.schoolId() == null) {
            return VisitWorkCounts.NONE;
        }
        return counts(user, Map.of(user.schoolId(), cadence.overdueCount())).getOrDefault(user.schoolId(),
                VisitWorkCounts.NONE);
    }

    /** The numbers of every school of the trust, by school id: trust-wide users only. */
    public Map<Long, VisitWorkCounts> countsBySchool() {
        SignedInUser user = access.require(Permission.TRUST_WIDE);
        return counts(user, cadence.overdueBySchool());
    }

    private Map<Long, VisitWorkCounts> counts(SignedInUser user, Map<Long, Long> visitsOverdue) {
        LocalDateTime since = LocalDateTime.now(clock).minusMonths(12);
        Map<Long, Long> thisYear = grouped(user, "select v.schoolId as school, count(v) as n from Visit v"
                + " where v.trustId = :trustId and v.status = uk.apassure.visit.VisitStatus.SUBMITTED"
                + " and v.visitedAt >= :since group by v.schoolId", "since", since);
        Map<Long, Long> drafts = grouped(user, "select v.schoolId as school, count(v) as n from Visit v"
                + " where v.trustId = :trustId and v.status = uk.apassure.visit.VisitStatus.DRAFT group by v.schoolId",
                null, null);
        Map<Long, Long> concerns = grouped(user, "select v.schoolId as school, count(c) as n from SafeguardingConcern c"
                + " join c.visit v where v.trustId = :trustId and c.closedAt is null group by v.schoolId", null, null);
        Map<Long, Long> lateActions = grouped(user, "select v.schoolId as school, count(a) as n from VisitAction a"
                + " join a.visit v where v.trustId = :trustId and a.status = uk.apassure.visit.ActionStatus.OPEN"
                + " and a.dueOn < :today group by v.schoolId", "today", LocalDate.now(clock));
        Set<Long> schools = new HashSet<>(visitsOverdue.keySet());
        List.of(thisYear, drafts, concerns, lateActions).forEach(counts -> schools.addAll(counts.keySet()));
        Map<Long, VisitWorkCounts> bySchool = new HashMap<>();
        for (long school : schools) {
            bySchool.put(school, new VisitWorkCounts(thisYear.getOrDefault(school, 0L), drafts.getOrDefault(school, 0L),
                    concerns.getOrDefault(school, 0L), lateActions.getOrDefault(school, 0L),
                    visitsOverdue.getOrDefault(school, 0L)));
        }
        return bySchool;
    }

    private Map<Long, Long> grouped(SignedInUser user, String jpql, @Nullable String name, @Nullable Object value) {
        TypedQuery<Tuple> query = em.createQuery(jpql, Tuple.class).setParameter("trustId", user.trustId());
        if (name != null) {
            query.setParameter(name, value);
        }
        Map<Long, Long> counts = new HashMap<>();
        query.getResultList().forEach(row -> counts.put(row.get("school", Long.class), row.get("n", Long.class)));
        return counts;
    }

    private long count(SignedInUser user, @Nullable Long school, String jpql, long providerId, boolean since) {
        TypedQuery<Long> query = em.createQuery(jpql, Long.class).setParameter("trustId", user.trustId())
                .setParameter("providerId", providerId);
        if (school != null) {
            query.setParameter("schoolId", school);
        }
        if (since) {
            query.setParameter("since", LocalDateTime.now(clock).minusMonths(12));
        }
        return query.getSingleResult();
    }
}
