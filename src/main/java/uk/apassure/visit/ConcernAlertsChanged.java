package uk.apassure.visit;

import java.util.List;

/**
 * A concern's alert e-mails changed state (sent, or failed again). Published by the sender after it
 * recorded the change, so an open page showing these alerts can update. Carries only the alert
 * states, which only pages that were allowed to show them subscribe to.
 */
public record ConcernAlertsChanged(long concernId, List<VisitPage.Alert> alerts) {}
