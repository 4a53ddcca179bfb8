package uk.apassure.audit;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.apassure.base.domain.Rag;

/**
 * How many audits there are, by state, and how the decided ones were rated: what a governor sees
 * of audits (read-only, aggregated), without any audit's detail.
 */
public record AuditCounts(Map<AuditState, Long> byState, Map<Rag, Long> decidedByRag) {

    /** One group of a count query. */
    public record StateCount(AuditState state, long count) {}

    /** One group of a count query. */
    public record RagCount(Rag rag, long count) {}

    static AuditCounts of(List<StateCount> states, List<RagCount> rags) {
        Map<AuditState, Long> byState = new EnumMap<>(AuditState.class);
        for (AuditState state : AuditState.values()) {
            byState.put(state, 0L);
        }
        states.forEach(row -> byState.put(row.state(), row.count()));
        Map<Rag, Long> byRag = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            byRag.put(rag, 0L);
        }
        rags.forEach(row -> byRag.put(row.rag(), row.count()));
        return new AuditCounts(Collections.unmodifiableMap(byState), Collections.unmodifiableMap(byRag));
    }

    public long total() {
        return byState.values().stream().mapToLong(Long::longValue).sum();
    }

    public long inState(AuditState state) {
        return byState.getOrDefault(state, 0L);
    }

    public long decidedAs(Rag rag) {
        return decidedByRag.getOrDefault(rag, 0L);
    }
}
