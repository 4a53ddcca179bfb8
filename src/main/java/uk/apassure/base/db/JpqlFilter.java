package uk.apassure.base.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The where clause and parameters of a grid's JPQL, built from its filter: each condition is added
 * only when its value is given. Sorting goes through a fixed list of columns, never text from the
 * request. One builder for every filtered grid (register, visits, audits).
 */
public final class JpqlFilter {

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new HashMap<>();

    /** The condition every query of the grid has: its scope, e.g. {@code p.trustId = :trustId}. */
    public JpqlFilter(String scope, String name, Object value) {
        where.append(" where ").append(scope);
        parameters.put(name, value);
    }

    /** Adds a condition without parameters. */
    public JpqlFilter and(String condition) {
        where.append(" and (").append(condition).append(')');
        return this;
    }

    /** Adds {@code condition} with its one parameter when {@code value} is given; nothing when it is null. */
    public JpqlFilter and(String condition, String name, @Nullable Object value) {
        if (value != null) {
            and(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a parameter used by a condition already added. */
    public JpqlFilter with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public String where() {
        return where.toString();
    }

    /** {@code select … from …} + this where clause + {@code tail}, with the parameters set. */
    public <T> TypedQuery<T> query(EntityManager em, String selectFrom, String tail, Class<T> type) {
        TypedQuery<T> query = em.createQuery(selectFrom + where + tail, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** One page of rows. */
    public <T> java.util.List<T> page(EntityManager em, String selectFrom, String orderBy, Class<T> type,
            Pageable page) {
        return query(em, selectFrom, orderBy, type)
                .setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize()).getResultList();
    }

    /**
     * {@code order by} the requested columns that are in {@code sortable} (grid key → JPQL path),
     * else {@code fallback}, always ending with {@code tieBreak} so pages never overlap.
     */
    public static String orderBy(Sort sort, Map<String, String> sortable, String fallback, String tieBreak) {
        String columns = sort.stream()
                .filter(order -> sortable.containsKey(order.getProperty()))
                .map(order -> sortable.get(order.getProperty()) + (order.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
        return " order by " + (columns.isEmpty() ? fallback : columns) + ", " + tieBreak;
    }

    /** A LIKE pattern for "contains", with the wildcards of the text escaped ({@code escape '!'}). */
    public static String contains(String text) {
        return "%" + text.trim().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
