package uk.apassure.renewal;

import org.jspecify.annotations.Nullable;

/**
 * How many rows of {@code /renewals} are overdue today for one provider and one school: a count, never a row.
 *
 * @param schoolId the school the rows belong to, or null for rows of no school (trust leads only)
 */
public record OverdueCount(@Nullable Long schoolId, long providerId, long overdue) {}
