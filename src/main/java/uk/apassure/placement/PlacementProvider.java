package uk.apassure.placement;

/** A provider a placement's timetable uses (a query row). */
record PlacementProvider(long placementId, long providerId) {}
