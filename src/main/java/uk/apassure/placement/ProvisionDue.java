package uk.apassure.placement;

import uk.apassure.placement.SuspensionRule.Run;

/** A pupil whose run of suspensions needs provision from day 6 and has no provision placement yet. */
public record ProvisionDue(long pupilId, String pupilName, Run run) {}
