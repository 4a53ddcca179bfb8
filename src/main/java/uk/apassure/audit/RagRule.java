package uk.apassure.audit;

import java.time.LocalDate;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.Rag;

/**
 * How an audit (or one of its sections) is rated, from its items. The rule, in order:
 * <ol>
 *   <li><b>Red</b> if any <em>critical</em> item is "not met".</li>
 *   <li><b>Amber</b> if any item is unanswered, "not met" (not critical) or "partly met"; or an item
 *       that requires evidence is met or partly met without any file; or an item's expiry/review
 *       date has passed.</li>
 *   <li><b>Green</b> otherwise. "Not applicable" items count for nothing.</li>
 * </ol>
 * The overall rating is the same rule over every item, which equals the worst section rating.
 */
public final class RagRule {

    private RagRule() {}

    /** One item as the rule sees it. */
    public record RatedItem(boolean critical, boolean evidenceRequired, @Nullable Outcome outcome, boolean hasEvidence,
            @Nullable LocalDate expiresOn) {}

    public static Rag rate(Collection<RatedItem> items, LocalDate today) {
        Rag rating = Rag.GREEN;
        for (RatedItem item : items) {
            rating = rating.worst(rate(item, today));
        }
        return rating;
    }

    static Rag rate(RatedItem item, LocalDate today) {
        Outcome outcome = item.outcome();
        if (outcome == Outcome.NOT_MET && item.critical()) {
            return Rag.RED;
        }
        if (outcome == null || outcome == Outcome.NOT_MET || outcome == Outcome.PARTLY_MET) {
            return Rag.AMBER;
        }
        if (outcome == Outcome.NOT_APPLICABLE) {
            return Rag.GREEN;
        }
        if (item.evidenceRequired() && !item.hasEvidence()) {
            return Rag.AMBER;
        }
        if (item.expiresOn() != null && item.expiresOn().isBefore(today)) {
            return Rag.AMBER;
        }
        return Rag.GREEN;
    }
}
