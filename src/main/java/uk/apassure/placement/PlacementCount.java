package uk.apassure.placement;

/** How many placements have a status: what governors see instead of pupils. */
public record PlacementCount(PlacementStatus status, long count) {}
