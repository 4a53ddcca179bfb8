package uk.apassure.visit;

import java.time.Instant;

/** An open safeguarding concern as a DSL's dashboard lists it. */
public record OpenConcern(long concernId, long visitId, String providerName, String raisedBy, Instant raisedAt) {}
