package uk.apassure.placement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;

/** The placements grid's query: scoped to schools, filtered and sorted in MariaDB, one page at a time. */
interface PlacementQueries {

    /** @param facts the day and the providers the flags are judged against */
    List<PlacementGridRow> findRows(Collection<Long> schools, PlacementFilter filter, FlagFacts facts, Pageable page);

    long countRows(Collection<Long> schools, PlacementFilter filter, FlagFacts facts);

    /** Placements by status in these schools, from the counts the triggers keep (V37). */
    List<PlacementCount> keptCountsByStatus(Collection<Long> schools);
}
