package uk.apassure.visit;

import java.time.Instant;

/** That a safeguarding concern was raised at a provider, and when: no text, no school, no pupil. */
public record ConcernAtProvider(long providerId, Instant raisedAt) {}
