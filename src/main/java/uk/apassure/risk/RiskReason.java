package uk.apassure.risk;

import java.time.LocalDate;

/** Why an assessment needs review: the change in words, when it happened, and who or what recorded it. */
public record RiskReason(String text, LocalDate on, String by) {}
