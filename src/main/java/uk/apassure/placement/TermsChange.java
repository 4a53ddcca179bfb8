package uk.apassure.placement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change to a placement's terms or pupil, as the placement's page lists it. */
public record TermsChange(String what, @Nullable String reason, String by, Instant at) {}
