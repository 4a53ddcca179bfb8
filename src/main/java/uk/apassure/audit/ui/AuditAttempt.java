package uk.apassure.audit.ui;

import java.util.function.Consumer;
import uk.apassure.base.ui.Attempt;

/** base.ui.Attempt for audit views: a lost save race is told in the audit's words. */
final class AuditAttempt {

    static final String RACE = "Someone else saved this audit while you were working on it. Reload to see their"
            + " changes.";

    private AuditAttempt() {}

    static boolean run(Runnable call) {
        return Attempt.run(RACE, call);
    }

    /** The reason goes to {@code tell}, e.g. next to the item, instead of a notification. */
    static boolean run(Runnable call, Consumer<String> tell) {
        return Attempt.run(RACE, call, tell);
    }
}
