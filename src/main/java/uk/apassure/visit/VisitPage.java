package uk.apassure.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.Amendment;

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

    /**
     * A safeguarding concern as this user may see it. Its full text (description, outcome) and the
     * state of its alerts are only for the school's DSLs, the headteacher and its author
     * ({@code readable}); everyone else who may see the visit sees that there is one, when, and
     * whether it is open.
     */
    public record Concern(long id, boolean readable, @Nullable String description, Instant raisedAt, String raisedBy,
            @Nullable String outcome, @Nullable Instant closedAt, @Nullable String closedBy, List<Alert> alerts) {

        public boolean open() {
            return closedAt == null;
        }
    }

    /** One DSL's alert e-mail: queued, sent, or failed with the reason (and when it is tried again). */
    public record Alert(String recipient, AlertState state, @Nullable String reason, int attempts,
            @Nullable Instant lastAttemptAt, @Nullable Instant nextAttemptAt, @Nullable Instant sentAt) {}
}
