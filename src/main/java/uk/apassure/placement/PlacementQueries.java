package uk.apassure.placement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;

/** The placements grid's query: scoped to schools, filtered and sorted in MariaDB, one page at a time. */
interface PlacementQueries {

    /** @param today the day flags that depend on the date ("notice late") are judged on */
    List<PlacementGridRow> findRows(Collection<Long> schools, PlacementFilter filter, LocalDate today, Pageable page);

    long countRows(Collection<Long> schools, PlacementFilter filter, LocalDate today);
}
