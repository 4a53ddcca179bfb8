package uk.apassure.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * What the approval form starts from: the latest signed-off audit, the provider's sites and activities,
 * and the lines of the current version (or, for the first one, lines the audit suggests).
 *
 * @param currentNumber the version the form replaces (0: none yet); a stale number is refused
 */
public record RiskDraft(long providerId, int currentNumber, long auditId, LocalDate auditDecidedOn, List<String> sites,
        List<String> activities, String summary, List<HazardLine> lines) {}
