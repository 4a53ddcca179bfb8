package uk.apassure.provider;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * JPQL for the register grid. Sorting is by a fixed list of columns (never by text from the
 * request), and only the requested page is read.
 */
class ProviderRegisterQueriesImpl implements ProviderRegisterQueries {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "p.name",
            "type", "p.type",
            "status", "p.status",
            "urn", "p.urn",
            "ofstedJudgement", "p.ofstedJudgement",
            "ofstedDate", "p.ofstedDate",
            "town", "s.town");

    private final EntityManager em;

    ProviderRegisterQueriesImpl(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<ProviderRow> findRows(long trustId, ProviderFilter filter, Pageable page) {
        Map<String, Object> parameters = new HashMap<>();
        String jpql = "select new uk.apassure.provider.ProviderRow(p.id, p.name, p.type, p.status, p.urn,"
                + " p.ofstedJudgement, p.ofstedDate, s.town, p.laApproved, p.registration,"
                + " p.latestAuditRag, p.latestAuditOn)"
                + " from Provider p left join p.sites s on s.kind = uk.apassure.provider.SiteKind.MAIN"
                + where(trustId, filter, parameters) + orderBy(page.getSort());
        TypedQuery<ProviderRow> query = em.createQuery(jpql, ProviderRow.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize()).getResultList();
    }

    @Override
    public long countRows(long trustId, ProviderFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(p) from Provider p" + where(trustId, filter, parameters),
                Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(long trustId, ProviderFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where p.trustId = :trustId");
        parameters.put("trustId", trustId);
        if (!filter.name().isBlank()) {
            where.append(" and p.name like :name escape '!'");
            parameters.put("name", "%" + escapeLike(filter.name().trim()) + "%");
        }
        if (filter.type() != null) {
            where.append(" and p.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.laApproved() != null) {
            where.append(" and p.laApproved = :laApproved");
            parameters.put("laApproved", filter.laApproved());
        }
        if (filter.registration() != null) {
            where.append(" and p.registration = :registration");
            parameters.put("registration", filter.registration());
        }
        return where.toString();
    }

    private static String orderBy(Sort sort) {
        String columns = sort.stream()
                .filter(order -> SORTABLE.containsKey(order.getProperty()))
                .map(order -> SORTABLE.get(order.getProperty()) + (order.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
        return " order by " + (columns.isEmpty() ? "p.name asc" : columns) + ", p.id asc";
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
