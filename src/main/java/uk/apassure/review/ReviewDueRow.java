package uk.apassure.review;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A placement that owes a review (or is flagged "consider ending"), as a dashboard or list shows it. */
public record ReviewDueRow(long placementId, long schoolId, String pupilName, DueState state,
        @Nullable LocalDate dueBy, List<String> reasons, boolean considerEnding) {}
