package uk.apassure.placement;

import java.time.LocalDate;

/** A proposed placement whose parental notice is not sent (a query row). */
record UnsentNotice(long placementId, String pupilName, LocalDate startsOn) {}
