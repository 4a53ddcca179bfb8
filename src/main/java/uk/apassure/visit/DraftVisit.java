package uk.apassure.visit;

import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A visit its author has started and not submitted yet. */
public record DraftVisit(long visitId, String providerName, @Nullable LocalDateTime visitedAt, Instant savedAt) {}
