package uk.apassure.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** Progress against one planned outcome, as a signed review keeps it. */
@Embeddable
record ReviewOutcome(
        @Column(name = "outcome") String outcome,
        @Enumerated(EnumType.STRING) @Column(name = "progress") @Nullable Progress progress,
        @Column(name = "note", columnDefinition = "text") String note) {

    static ReviewOutcome of(ReviewDraft.OutcomeProgress line) {
        return new ReviewOutcome(line.getOutcome().strip(), line.getProgress(), line.getNote().strip());
    }

    ReviewDraft.OutcomeProgress toDraft() {
        return new ReviewDraft.OutcomeProgress(outcome, progress, note);
    }
}
