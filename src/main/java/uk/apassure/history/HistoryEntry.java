package uk.apassure.history;

import java.util.List;

/**
 * One revision of a record or of one of its child rows: when (UK time), who, what happened and which fields changed.
 *
 * @param who the person's display name, or "system" for demo data and scheduled jobs
 * @param part the child row the revision is of (e.g. {@code Contact “Sam Okafor”}), or empty for the
 *     record itself
 */
public record HistoryEntry(String when, String who, Action action, List<FieldChange> changes, String part) {

    public HistoryEntry {
        changes = List.copyOf(changes);
    }

    /** A revision of the record itself. */
    public HistoryEntry(String when, String who, Action action, List<FieldChange> changes) {
        this(when, who, action, changes, "");
    }

    /** What the revision did to the record. */
    public enum Action {
        CREATED("Created"),
        CHANGED("Changed"),
        DELETED("Deleted");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One field: its value before and after the revision ({@code –} for empty). */
    public record FieldChange(String field, String before, String after) {
    }
}
