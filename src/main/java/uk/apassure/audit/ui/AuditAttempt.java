package uk.apassure.audit.ui;

import uk.apassure.base.ui.Attempt;

/** base.ui.Attempt for audit views: a lost save race is told in the audit's words. */
final class AuditAttempt {

    static final String RACE = "Someone else saved this audit while you were working on it. Reload to see their"
            + " changes.";

    private AuditAttempt() {}

    static boolean run(Runnable call) {
        return Attempt.run(RACE, call);
    }
}
