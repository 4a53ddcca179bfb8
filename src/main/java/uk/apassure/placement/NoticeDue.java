package uk.apassure.placement;

import java.time.LocalDate;

/** A proposed placement whose parents have not been told yet, and the last day to tell them. */
public record NoticeDue(long placementId, String pupilName, LocalDate startsOn, LocalDate latestNotice) {}
