package uk.apassure.visit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** JPQL for the visit grid: scoped, filtered, sorted by a fixed list of columns, one page at a time. */
class VisitQueriesImpl implements VisitQueries {

    private static final Map<String, String> SORTABLE = Map.of(
            "visitedAt", "v.visitedAt",
            "providerName", "p.name",
            "type", "v.type",
            "status", "v.status",
            "recordedByName", "v.recordedByName");

    private static final String OPEN_CONCERNS = "(select count(c) from SafeguardingConcern c"
            + " where c.visit = v and c.closedAt is null)";

    private final EntityManager em;

    VisitQueriesImpl(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<VisitRow> findRows(VisitScope scope, VisitFilter filter, Pageable page) {
        Map<String, Object> parameters = new HashMap<>();
        String jpql = "select new uk.apassure.visit.VisitRow(v.id, v.visitedAt, p.name, v.type, v.status,"
                + " v.recordedByName, " + OPEN_CONCERNS + ") from Visit v join v.provider p"
                + where(scope, filter, parameters) + orderBy(page.getSort());
        TypedQuery<VisitRow> query = em.createQuery(jpql, VisitRow.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize()).getResultList();
    }

    @Override
    public long countRows(VisitScope scope, VisitFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(v) from Visit v join v.provider p"
                + where(scope, filter, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(VisitScope scope, VisitFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where v.trustId = :trustId");
        parameters.put("trustId", scope.trustId());
        if (!scope.wholeTrust()) {
            where.append(" and (v.recordedById = :userId or v.schoolId = :schoolId)");
            parameters.put("userId", scope.userId());
            parameters.put("schoolId", scope.schoolId() == null ? -1L : scope.schoolId());
        }
        if (filter.providerId() != null) {
            where.append(" and p.id = :providerId");
            parameters.put("providerId", filter.providerId());
        }
        if (filter.from() != null) {
            where.append(" and v.visitedAt >= :from");
            parameters.put("from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            where.append(" and v.visitedAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay());
        }
        if (filter.type() != null) {
            where.append(" and v.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.judgement() != null) {
            where.append(" and (v.judgementSafeguarding = :judgement or v.judgementTeaching = :judgement"
                    + " or v.judgementBehaviour = :judgement or v.judgementAttendance = :judgement"
                    + " or v.judgementSiteSafety = :judgement)");
            parameters.put("judgement", filter.judgement());
        }
        if (filter.openConcern()) {
            where.append(" and ").append(OPEN_CONCERNS).append(" > 0");
        }
        return where.toString();
    }

    private static String orderBy(Sort sort) {
        String order = sort.stream()
                .filter(o -> SORTABLE.containsKey(o.getProperty()))
                .map(o -> SORTABLE.get(o.getProperty()) + (o.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
        return " order by " + (order.isEmpty() ? "v.visitedAt desc" : order) + ", v.id desc";
    }
}
