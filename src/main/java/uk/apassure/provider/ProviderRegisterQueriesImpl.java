package uk.apassure.provider;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import uk.apassure.base.db.JpqlFilter;

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
            "town", "p.mainTown");

    private final EntityManager em;

    ProviderRegisterQueriesImpl(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<ProviderRow> findRows(long trustId, ProviderFilter filter, @Nullable Collection<Long> onlyIds,
            Pageable page) {
        return where(trustId, filter, onlyIds).page(em, "select new uk.apassure.provider.ProviderRow(p.id, p.name, p.type,"
                + " p.status, p.urn, p.ofstedJudgement, p.ofstedDate, p.mainTown, p.laApproved, p.registration,"
                + " p.latestAuditRag, p.latestAuditOn)"
                + " from Provider p",
                JpqlFilter.orderBy(page.getSort(), SORTABLE, "p.name asc", "p.id asc"), ProviderRow.class, page);
    }

    @Override
    public long countRows(long trustId, ProviderFilter filter, @Nullable Collection<Long> onlyIds) {
        return where(trustId, filter, onlyIds).query(em, "select count(p) from Provider p", "", Long.class).getSingleResult();
    }

    private static JpqlFilter where(long trustId, ProviderFilter filter, @Nullable Collection<Long> onlyIds) {
        return new JpqlFilter("p.trustId = :trustId", "trustId", trustId)
                .and("p.name like :name escape '!'", "name",
                        filter.name().isBlank() ? null : JpqlFilter.contains(filter.name()))
                .and("p.type = :type", "type", filter.type())
                .and("p.status = :status", "status", filter.status())
                .and("p.laApproved = :laApproved", "laApproved", filter.laApproved())
                .and("p.registration = :registration", "registration", filter.registration())
                .and("p.id in :onlyIds", "onlyIds", onlyIds);
    }
}
