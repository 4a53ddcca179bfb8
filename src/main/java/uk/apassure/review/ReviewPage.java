package uk.apassure.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.Amendment;

/**
 * One review as its form shows it, read in one transaction, with what the signed-in user may do.
 *
 * @param editable the draft may be changed (a drafter of the pupil's school, while it is a draft)
 * @param canSignOff SLT or the headteacher of the pupil's school, while it is a draft
 * @param canAmend SLT or the headteacher of the pupil's school, once it is signed off
 */
public record ReviewPage(long id, long placementId, String pupilName, LocalDate placementStartsOn,
        ReviewStatus status, ReviewDraft draft, String draftedBy, @Nullable String signedBy,
        @Nullable Instant signedAt, Instant updatedAt, List<Amendment> amendments, boolean editable,
        boolean canSignOff, boolean canAmend) {}
