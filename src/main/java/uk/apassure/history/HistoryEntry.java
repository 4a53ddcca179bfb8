package uk.apassure.history;

import java.util.List;

/**
 * One revision of a record: when (UK time), who, what happened and which fields changed.
 *
 * @param who the person's display name, or "system" for demo data and scheduled jobs
 */
public record HistoryEntry(String when, String who, Action action, List<FieldChange> changes) {

    public HistoryEntry {
        changes = List.copyOf(changes);
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
