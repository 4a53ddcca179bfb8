package uk.apassure.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.apassure.placement.NoticeRule.NoticeState;

/** A placement as its page shows it, with what the signed-in user may do (computed once by the service). */
public record PlacementPage(
        long id,
        long version,
        long schoolId,
        PupilDetails pupil,
        PlacementStatus status,
        PlacementTerms terms,
        List<ProviderAtPlacement> providers,
        List<AgreementConfirmation> agreement,
        @Nullable LocalDate noticeSentOn,
        @Nullable NoticeState notice,
        @Nullable LocalDate latestNotice,
        @Nullable String calendarProblem,
        @Nullable String destination,
        List<StatusChange> history,
        boolean canEdit,
        boolean canChangeStatus) {

    /** A provider of the placement with its sites' names and hours a week there. */
    public record ProviderAtPlacement(long id, String name, String status, double hoursPerWeek) {}

    public record StatusChange(@Nullable PlacementStatus from, PlacementStatus to, String reason, String by,
            Instant at) {}
}
