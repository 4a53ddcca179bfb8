package uk.apassure.placement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A line of the placements grid as the query reads it, before its providers and flags are added. */
record PlacementGridRow(
        long id,
        long schoolId,
        String firstName,
        String lastName,
        String upn,
        int yearGroup,
        PlacementType type,
        PlacementStatus status,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable LocalDate noticeLateFrom,
        @Nullable LocalDate reviewOverdueFrom) {}
