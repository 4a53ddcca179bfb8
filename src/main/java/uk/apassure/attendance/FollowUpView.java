package uk.apassure.attendance;

import java.time.Instant;

/** A recorded follow-up as the screen shows it. */
public record FollowUpView(String called, String outcome, String recordedBy, Instant at) {}
