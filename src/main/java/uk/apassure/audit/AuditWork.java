package uk.apassure.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.provider.ProvidersInUse;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * What audit work waits for whom: audits waiting for the DSL's confirmation or the SLT's decision,
 * drafts, conditions by due date, evidence about to expire. Every method checks the permission and
 * keeps to the user's school (trust-wide users: their trust, as counts by school).
 */
@Service
@Transactional(readOnly = true)
public class AuditWork {

    /** Evidence expiring within four weeks is shown as waiting (and anything already expired). */
    public static final int EXPIRY_DAYS = 28;

    private static final String WAITING = """
            select new uk.apassure.audit.AuditWaiting(a.id, a.providerId, p.name, a.state,
                coalesce(a.confirmedByName, a.submittedByName, a.startedByName),
                coalesce(a.confirmedAt, a.submittedAt, a.startedAt))
            from Audit a, uk.apassure.provider.Provider p
            where p.id = a.providerId and a.trustId = :trustId and a.schoolId = :schoolId and a.state = :state
            order by coalesce(a.confirmedAt, a.submittedAt, a.startedAt), a.id""";

    private static final String CONDITIONS = """
            select new uk.apassure.audit.ConditionRow(a.id, a.providerId, p.name, s.name, c.description, c.ownerName,
                c.dueOn, c.done)
            from AuditCondition c join c.audit a, uk.apassure.provider.Provider p, uk.apassure.organisation.School s
            where p.id = a.providerId and s.id = a.schoolId and a.trustId = :trustId
              and a.state = uk.apassure.audit.AuditState.DECIDED""";

    private final AuditAccess access;
    private final AccessGuard guard;
    private final ProvidersInUse inUse;
    private final EntityManager em;
    private final Clock clock;

    AuditWork(AuditAccess access, AccessGuard guard, ProvidersInUse inUse, EntityManager em, Clock clock) {
        this.access = access;
        this.guard = guard;
        this.inUse = inUse;
        this.em = em;
        this.clock = clock;
    }

    /** Submitted audits of the DSL's school: the safeguarding section waits for their confirmation. */
    public List<AuditWaiting> awaitingConfirmation() {
        return waiting(Permission.AUDIT_SAFEGUARDING, AuditState.SUBMITTED);
    }

    /** Audits of the school whose safeguarding is confirmed: the decision waits for SLT or the headteacher. */
    public List<AuditWaiting> awaitingDecision() {
        return waiting(Permission.AUDIT_DECIDE, AuditState.SAFEGUARDING_CONFIRMED);
    }

    /** The school's audits still in draft: the AP lead fills and submits them. */
    public List<AuditWaiting> drafts() {
        return waiting(Permission.AUDIT_SUBMIT, AuditState.DRAFT);
    }

    /** Open conditions of the school's decided audits that name the user as owner, soonest due first. */
    public List<ConditionRow> myConditions() {
        SignedInUser user = schoolUser(Permission.SCHOOL_READ);
        return em.createQuery(CONDITIONS + " and a.schoolId = :schoolId and c.done = false"
                        + " and trim(c.ownerName) = :owner order by c.dueOn, c.id", ConditionRow.class)
                .setParameter("trustId", user.trustId()).setParameter("schoolId", user.schoolId())
                .setParameter("owner", user.displayName().trim()).getResultList();
    }

    /** The conditions set on a provider's decided audits (any school of the trust), open ones first. */
    public List<ConditionRow> conditionsOf(long providerId) {
        SignedInUser user = access.reader();
        return em.createQuery(CONDITIONS + " and a.providerId = :providerId order by c.done, c.dueOn, c.id",
                        ConditionRow.class)
                .setParameter("trustId", user.trustId()).setParameter("providerId", providerId).getResultList();
    }

    /** How many of a provider's audit conditions are open and done: what a governor sees of them. */
    public ConditionTally conditionTally(long providerId) {
        SignedInUser user = access.counter();
        String conditions = "select count(c) from AuditCondition c join c.audit a where a.trustId = :trustId"
                + " and a.providerId = :providerId and a.state = uk.apassure.audit.AuditState.DECIDED";
        long all = em.createQuery(conditions, Long.class).setParameter("trustId", user.trustId())
                .setParameter("providerId", providerId).getSingleResult();
        long open = em.createQuery(conditions + " and c.done = false", Long.class).setParameter("trustId", user.trustId())
                .setParameter("providerId", providerId).getSingleResult();
        return new ConditionTally(open, all - open);
    }

    public record ConditionTally(long open, long done) {}

    /**
     * Evidence in the latest decided audits of the providers the school uses (trust-wide users: any
     * school of the trust) that expires within {@link #EXPIRY_DAYS} days or already has, soonest first.
     */
    public List<EvidenceDue> expiringEvidence() {
        SignedInUser user = access.reader();
        Set<Long> providers = inUse.forMySchool();
        return expiring(user).stream().filter(due -> providers.contains(due.providerId())).toList();
    }

    /** The numbers of the user's school: for governors, who see counts only. */
    public SchoolAuditCounts mySchoolCounts() {
        SignedInUser user = schoolUser(Permission.SCHOOL_READ);
        return counts(user, Map.of(user.schoolId(), inUse.forMySchool())).getOrDefault(user.schoolId(),
                SchoolAuditCounts.NONE);
    }

    /** The numbers of every school of the trust, by school id: trust-wide users only. */
    public Map<Long, SchoolAuditCounts> countsBySchool() {
        SignedInUser user = guard.require(Permission.TRUST_WIDE);
        return counts(user, inUse.bySchool());
    }

    private List<AuditWaiting> waiting(String permission, AuditState state) {
        SignedInUser user = schoolUser(permission);
        return em.createQuery(WAITING, AuditWaiting.class).setParameter("trustId", user.trustId())
                .setParameter("schoolId", user.schoolId()).setParameter("state", state).getResultList();
    }

    private List<EvidenceDue> expiring(SignedInUser user) {
        return em.createQuery("""
                        select new uk.apassure.audit.EvidenceDue(a.id, a.providerId, p.name, ci.prompt, i.expiresOn)
                        from AuditItem i join i.audit a join i.checklistItem ci, uk.apassure.provider.Provider p
                        where p.id = a.providerId and a.trustId = :trustId and i.expiresOn <= :until
                          and a.decidedAt = (select max(b.decidedAt) from Audit b where b.providerId = a.providerId
                                             and b.state = uk.apassure.audit.AuditState.DECIDED)
                        order by i.expiresOn, p.name, i.id""", EvidenceDue.class)
                .setParameter("trustId", user.trustId())
                .setParameter("until", LocalDate.now(clock).plusDays(EXPIRY_DAYS)).getResultList();
    }

    private Map<Long, SchoolAuditCounts> counts(SignedInUser user, Map<Long, Set<Long>> providersBySchool) {
        Map<Long, Map<AuditState, Long>> states = new HashMap<>();
        for (Tuple row : em.createQuery("select a.schoolId as school, a.state as state, count(a) as n from Audit a"
                + " where a.trustId = :trustId group by a.schoolId, a.state", Tuple.class)
                .setParameter("trustId", user.trustId()).getResultList()) {
            states.computeIfAbsent(row.get("school", Long.class), any -> new HashMap<>())
                    .put(row.get("state", AuditState.class), row.get("n", Long.class));
        }
        Map<Long, long[]> conditions = new HashMap<>();
        for (Tuple row : em.createQuery("select a.schoolId as school, count(c) as n,"
                        + " sum(case when c.dueOn < :today then 1 else 0 end) as late"
                        + " from AuditCondition c join c.audit a where a.trustId = :trustId and c.done = false"
                        + " and a.state = uk.apassure.audit.AuditState.DECIDED group by a.schoolId", Tuple.class)
                .setParameter("trustId", user.trustId()).setParameter("today", LocalDate.now(clock))
                .getResultList()) {
            conditions.put(row.get("school", Long.class), new long[] {row.get("n", Long.class),
                    ((Number) row.get("late")).longValue()});
        }
        List<EvidenceDue> expiring = expiring(user);
        Set<Long> schools = new java.util.HashSet<>(providersBySchool.keySet());
        schools.addAll(states.keySet());
        schools.addAll(conditions.keySet());
        Map<Long, SchoolAuditCounts> bySchool = new HashMap<>();
        for (long school : schools) {
            Map<AuditState, Long> inState = states.getOrDefault(school, Map.of());
            long[] open = conditions.getOrDefault(school, new long[2]);
            Set<Long> used = providersBySchool.getOrDefault(school, Set.of());
            bySchool.put(school, new SchoolAuditCounts(inState.getOrDefault(AuditState.DRAFT, 0L),
                    inState.getOrDefault(AuditState.SUBMITTED, 0L),
                    inState.getOrDefault(AuditState.SAFEGUARDING_CONFIRMED, 0L), open[0], open[1],
                    expiring.stream().filter(due -> used.contains(due.providerId())).count()));
        }
        return bySchool;
    }

    private SignedInUser schoolUser(String permission) {
        SignedInUser user = access.require(permission);
        if (user.schoolId() == null) {
            throw new AccessGuard.AccessDeniedException("This is a school's work list; sign in as school staff");
        }
        return user;
    }
}
