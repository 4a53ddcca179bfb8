package uk.apassure.provider;

import jakarta.persistence.Tuple;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a feature built on the register knows that a school works with a provider: audits (the school
 * audited it or adopted an audit of it) and visits (the school visited it); placements will add
 * theirs. Spring beans, so the register does not depend on the features above it. Called only by
 * {@link ProvidersInUse}, after it has checked who is asking.
 */
public interface ProviderUse {

    /** Provider ids by school id, for the schools of one trust. */
    Map<Long, Set<Long>> providersBySchool(long trustId);

    /** Rows of a query that selects {@code school} and {@code provider}, gathered by school. */
    static Map<Long, Set<Long>> bySchool(List<Tuple> rows) {
        Map<Long, Set<Long>> bySchool = new HashMap<>();
        for (Tuple row : rows) {
            bySchool.computeIfAbsent(row.get("school", Long.class), any -> new HashSet<>())
                    .add(row.get("provider", Long.class));
        }
        return bySchool;
    }
}
