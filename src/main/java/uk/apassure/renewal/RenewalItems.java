package uk.apassure.renewal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The one native query behind the renewals grid, its counts, the dashboard and the reminders: the
 * {@code UNION ALL} of every {@link RenewalKind}'s branch, each row's latest renewal, its owner and
 * its {@link RenewalState}. The scope (trust, and school unless trust-wide) is the first condition;
 * sorting is by a fixed list of columns, never by text from the request.
 */
@Component
class RenewalItems {

    /** Each provider's latest signed-off audit, and the schools that rely on it (its own and adopters). */
    private static final String COMMON = """
            WITH ranked AS (
                SELECT a.id AS audit_id, a.provider_id, a.school_id, a.decided_at, a.decision,
                       ROW_NUMBER() OVER (PARTITION BY a.provider_id ORDER BY a.decided_at DESC, a.id DESC) AS n
                FROM audit a WHERE a.trust_id = :trust AND a.state = 'DECIDED'),
            latest AS (
                SELECT audit_id, provider_id, school_id, decided_at FROM ranked
                WHERE n = 1 AND decision <> 'REJECTED'),
            relying AS (
                SELECT audit_id, provider_id, school_id FROM latest
                UNION
                SELECT l.audit_id, l.provider_id, d.school_id FROM latest l
                JOIN audit_adoption d ON d.audit_id = l.audit_id AND d.decision <> 'REJECTED'),
            dated AS (
                SELECT r.audit_id, r.provider_id, r.school_id, i.id AS item_id, ci.prompt, cs.title AS section,
                       i.expires_on
                FROM relying r JOIN audit_item i ON i.audit_id = r.audit_id
                JOIN checklist_item ci ON ci.id = i.checklist_item_id
                JOIN checklist_section cs ON cs.id = ci.section_id
                WHERE i.expires_on IS NOT NULL),
            item (kind, subject_id, provider_id, school_id, what, base_due_on, review_needed, href) AS (
            """;

    /**
     * The state of a row (issue 11): review needed whatever the date; overdue the day after it;
     * due soon from {@code :soonDays} days before it up to and including the day itself.
     */
    static final String STATE = """
            CASE WHEN r.review_needed = 1 THEN 'REVIEW_NEEDED'
                 WHEN r.due_on IS NULL OR r.due_on < :today THEN 'OVERDUE'
                 WHEN r.due_on <= :soon THEN 'DUE_SOON'
                 ELSE 'OK' END""";

    private static final String ROWS = """
            )
            SELECT r.*, %s AS state FROM (
                SELECT x.kind, x.subject_id, x.provider_id, p.name AS provider_name, x.school_id,
                       s.name AS school_name, o.id AS owner_id, o.display_name AS owner_name, x.what,
                       COALESCE(rn.new_due_on, x.base_due_on) AS due_on, x.review_needed, x.href,
                       rn.renewed_by_name, rn.renewed_at, x.base_due_on
                FROM item x
                JOIN provider p ON p.id = x.provider_id AND p.trust_id = :trust
                LEFT JOIN school s ON s.id = x.school_id
                LEFT JOIN renewal rn ON rn.id = (SELECT MAX(r2.id) FROM renewal r2 WHERE r2.trust_id = :trust
                        AND r2.kind = x.kind AND r2.subject_id = x.subject_id AND r2.base_due_on <=> x.base_due_on)
                LEFT JOIN app_user o ON o.id = (SELECT MIN(u.id) FROM app_user u
                        JOIN app_user_role ur ON ur.user_id = u.id AND ur.role = 'AP_LEAD'
                        WHERE u.school_id = x.school_id AND u.active)
                WHERE p.status NOT IN ('ARCHIVED', 'DO_NOT_USE')
                  AND (:wholeTrust = 1 OR x.school_id = :school)
            ) r""";

    /** Most urgent first, as {@link RenewalState} lists them. */
    private static final String URGENCY = "FIELD(t.state, " + Arrays.stream(RenewalState.values())
            .map(state -> "'" + state.name() + "'").collect(Collectors.joining(", ")) + ")";

    /** Sortable columns: grid key to SQL. Ties go by due date, then the row's identity. */
    private static final Map<String, String> SORTABLE = Map.of(
            "what", "t.what",
            "provider", "t.provider_name",
            "school", "t.school_name",
            "owner", "t.owner_name",
            "dueOn", "t.due_on",
            "state", URGENCY);

    private final EntityManager em;

    RenewalItems(EntityManager em) {
        this.em = em;
    }

    /** The whole query: every kind's branch, in one union. */
    static String rows() {
        String branches = Arrays.stream(RenewalKind.values()).map(RenewalKind::branch)
                .collect(Collectors.joining("\nUNION ALL\n"));
        return COMMON + branches + ROWS.formatted(STATE);
    }

    List<RenewalItem> find(RenewalScope scope, RenewalFilter filter, Collection<RenewalRef> refs, LocalDate today,
            int soonDays, Pageable page) {
        Where where = where(filter, refs);
        String order = page.getSort().stream().findFirst().filter(o -> SORTABLE.containsKey(o.getProperty()))
                .map(o -> SORTABLE.get(o.getProperty()) + (o.isAscending() ? " ASC" : " DESC") + ", ")
                .orElse(URGENCY + " ASC, ");
        String sql = "SELECT t.* FROM (" + rows() + ") t" + where.sql + " ORDER BY " + order
                + "t.due_on ASC, t.kind, t.subject_id, t.school_id";
        Query query = em.createNativeQuery(sql);
        bind(query, scope, today, soonDays, where);
        if (page.isPaged()) {
            query.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize());
        }
        List<RenewalItem> items = new ArrayList<>();
        for (Object row : query.getResultList()) {
            items.add(item((Object[]) row));
        }
        return items;
    }

    long count(RenewalScope scope, RenewalFilter filter, LocalDate today, int soonDays) {
        Where where = where(filter, List.of());
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM (" + rows() + ") t" + where.sql);
        bind(query, scope, today, soonDays, where);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** How many rows there are in each state (every state present, zeros included). */
    Map<RenewalState, Long> countByState(RenewalScope scope, LocalDate today, int soonDays) {
        Query query = em.createNativeQuery("SELECT t.state, COUNT(*) FROM (" + rows() + ") t GROUP BY t.state");
        bind(query, scope, today, soonDays, where(RenewalFilter.ANY, List.of()));
        Map<RenewalState, Long> counts = new EnumMap<>(RenewalState.class);
        for (RenewalState state : RenewalState.values()) {
            counts.put(state, 0L);
        }
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            counts.put(RenewalState.valueOf((String) cells[0]), ((Number) cells[1]).longValue());
        }
        return counts;
    }

    /** How many rows are overdue, by school and provider, counted by MariaDB over the same rows and states as the grid. */
    List<OverdueCount> overdueBySchoolAndProvider(RenewalScope scope, LocalDate today, int soonDays) {
        Query query = em.createNativeQuery("SELECT t.school_id, t.provider_id, COUNT(*) FROM (" + rows()
                + ") t WHERE t.state = 'OVERDUE' GROUP BY t.school_id, t.provider_id ORDER BY t.provider_id, t.school_id");
        bind(query, scope, today, soonDays, where(RenewalFilter.ANY, List.of()));
        List<OverdueCount> counts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            counts.add(new OverdueCount(optionalNumber(cells[0]), number(cells[1]), number(cells[2])));
        }
        return counts;
    }

    /** The owners of the rows in scope, by id, for the owner filter. */
    Map<Long, String> owners(RenewalScope scope, LocalDate today, int soonDays) {
        Query query = em.createNativeQuery("SELECT DISTINCT t.owner_id, t.owner_name FROM (" + rows()
                + ") t WHERE t.owner_id IS NOT NULL ORDER BY t.owner_name");
        bind(query, scope, today, soonDays, where(RenewalFilter.ANY, List.of()));
        Map<Long, String> owners = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            owners.put(((Number) cells[0]).longValue(), (String) cells[1]);
        }
        return owners;
    }

    private record Where(String sql, Map<String, Object> values) {}

    private static Where where(RenewalFilter filter, Collection<RenewalRef> refs) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        add(conditions, values, "t.state = :fState", "fState", filter.state() == null ? null : filter.state().name());
        add(conditions, values, "t.kind = :fKind", "fKind", filter.kind() == null ? null : filter.kind().name());
        add(conditions, values, "t.provider_id = :fProvider", "fProvider", filter.providerId());
        add(conditions, values, "t.school_id = :fSchool", "fSchool", filter.schoolId());
        add(conditions, values, "t.owner_id = :fOwner", "fOwner", filter.ownerId());
        if (!refs.isEmpty()) {
            add(conditions, values, "CONCAT(t.kind, ':', t.subject_id) IN (:fRefs)", "fRefs",
                    refs.stream().map(RenewalRef::key).toList());
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), values);
    }

    private static void add(List<String> conditions, Map<String, Object> values, String condition, String name,
            @Nullable Object value) {
        if (value != null) {
            conditions.add(condition);
            values.put(name, value);
        }
    }

    private static void bind(Query query, RenewalScope scope, LocalDate today, int soonDays, Where where) {
        query.setParameter("trust", scope.trustId());
        query.setParameter("wholeTrust", scope.schoolId() == null ? 1 : 0);
        // -1 matches no school; the whole-trust flag above decides
        query.setParameter("school", scope.schoolId() == null ? -1L : scope.schoolId());
        query.setParameter("today", today);
        query.setParameter("soon", today.plusDays(soonDays));
        where.values.forEach(query::setParameter);
    }

    private static RenewalItem item(Object[] c) {
        return new RenewalItem(RenewalKind.valueOf((String) c[0]), number(c[1]), number(c[2]), (String) c[3],
                optionalNumber(c[4]), (String) c[5], optionalNumber(c[6]), (String) c[7], (String) c[8], date(c[9]),
                RenewalState.valueOf((String) c[15]), (String) c[11], (String) c[12], instant(c[13]), date(c[14]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static @Nullable Long optionalNumber(@Nullable Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static @Nullable LocalDate date(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate date -> date;
            case java.sql.Date date -> date.toLocalDate();
            default -> LocalDate.parse(value.toString());
        };
    }

    private static @Nullable Instant instant(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case Timestamp timestamp -> timestamp.toInstant();
            // DATETIME columns hold UTC instants (hibernate.jdbc.time_zone)
            case LocalDateTime local -> local.toInstant(java.time.ZoneOffset.UTC);
            default -> null;
        };
    }
}
