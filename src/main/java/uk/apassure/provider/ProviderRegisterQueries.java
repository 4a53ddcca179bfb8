package uk.apassure.provider;

import java.util.List;
import org.springframework.data.domain.Pageable;

/** The register grid's query: one page of rows with the main site's town, filtered and sorted in MariaDB. */
interface ProviderRegisterQueries {

    List<ProviderRow> findRows(long trustId, ProviderFilter filter, Pageable page);

    long countRows(long trustId, ProviderFilter filter);
}
