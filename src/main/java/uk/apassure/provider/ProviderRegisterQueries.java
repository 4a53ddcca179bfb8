package uk.apassure.provider;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/** The register grid's query: one page of rows with the main site's town, filtered and sorted in MariaDB. */
interface ProviderRegisterQueries {

    /** @param onlyIds when given, only these providers (the registration trigger's, which the register cannot query) */
    List<ProviderRow> findRows(long trustId, ProviderFilter filter, @Nullable Collection<Long> onlyIds, Pageable page);

    long countRows(long trustId, ProviderFilter filter, @Nullable Collection<Long> onlyIds);
}
