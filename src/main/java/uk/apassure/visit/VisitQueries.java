package uk.apassure.visit;

import java.util.List;
import org.springframework.data.domain.Pageable;

interface VisitQueries {

    List<VisitRow> findRows(VisitScope scope, VisitFilter filter, Pageable page);

    long countRows(VisitScope scope, VisitFilter filter);
}
