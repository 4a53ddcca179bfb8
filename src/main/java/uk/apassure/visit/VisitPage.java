package uk.apassure.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the visit form shows, read in one transaction, with what the signed-in user may do.
 *
 * @param editable the user may change the draft (its author, while it is a draft)
 * @param amendable the user may amend it (submitted, in their school, may record visits)
 * @param canRaiseConcern no concern yet and the user may record visits
 * @param canCloseConcern a DSL of the visit's school, and the concern is open
 */
public record VisitPage(long id, long providerId, String providerName, VisitStatus status, VisitDraft draft,
        List<Site> sites, String recordedByName, @Nullable Instant submittedAt, List<Action> actions,
        @Nullable Concern concern, List<Amendment> amendments, boolean editable, boolean amendable,
        boolean canRaiseConcern, boolean canCloseConcern) {

    public record Site(long id, String name) {}

    public record Action(long id, String description, String owner, LocalDate dueOn, ActionStatus status) {}

    public record Concern(long id, String description, Instant raisedAt, String raisedBy, @Nullable String outcome,
            @Nullable Instant closedAt, @Nullable String closedBy) {

        public boolean open() {
            return closedAt == null;
        }
    }

    public record Amendment(String field, String before, String after, String reason, String by, Instant at) {}
}
