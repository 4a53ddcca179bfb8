package uk.apassure.base.domain;

import java.time.Instant;

/** One changed field of a record that is changed only with a reason (a submitted visit, a signed review). */
public record Amendment(String field, String before, String after, String reason, String by, Instant at) {}
