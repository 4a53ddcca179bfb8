package uk.apassure.visit;

import java.time.LocalDateTime;

/** A school's latest visit or meeting at a provider (a query row). */
record LastVisit(long schoolId, long providerId, LocalDateTime visitedAt) {}
