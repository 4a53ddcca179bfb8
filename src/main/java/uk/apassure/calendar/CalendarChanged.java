package uk.apassure.calendar;

import org.jspecify.annotations.Nullable;

/**
 * A school's calendar changed (a year saved or copied), or for {@code schoolId} null, the bank
 * holidays of every school. Published inside the change's transaction, so that dates other features
 * keep from the calendar (a placement's last day for the parental notice) change with it.
 */
public record CalendarChanged(@Nullable Long schoolId) {}
