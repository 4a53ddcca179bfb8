package uk.apassure.placement;

import java.time.LocalDate;

/** When one of a pupil's placements for a suspension starts (a query row). */
record ProvisionStart(long pupilId, LocalDate startsOn) {}
