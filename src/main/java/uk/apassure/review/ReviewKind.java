package uk.apassure.review;

/** Why a review is held: each kind answers a different duty of the seeds. */
public enum ReviewKind {
    /** 001 §8.3, 003: at least one review every half-term. */
    HALF_TERMLY("Half-termly review"),
    /** 000 §8.4: the agreement with the parents reviewed every term. */
    TERMLY_AGREEMENT("Termly agreement review"),
    /** 000 §14.6: progress is not satisfactory; three without improvement and the placement may end (§14.7). */
    FORMAL("Formal review meeting"),
    /** 003: a safeguarding concern at the provider means the placement is reviewed at once. */
    EARLY_AFTER_CONCERN("Early review after a concern");

    private final String label;

    ReviewKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
