package uk.apassure.audit;

import org.jspecify.annotations.Nullable;

/**
 * An item's answer was saved: its new version (for the next save) and, when the answer was
 * accepted but deserves a second look, a warning for the user (e.g. evidence that has already expired).
 */
public record ItemSaved(long version, @Nullable String warning) {}
