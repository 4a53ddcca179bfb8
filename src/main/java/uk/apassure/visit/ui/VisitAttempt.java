package uk.apassure.visit.ui;

import uk.apassure.base.ui.Attempt;
import uk.apassure.visit.VisitService;

/** base.ui.Attempt for visit views: a lost save race is told in the visit form's words. */
final class VisitAttempt {

    private VisitAttempt() {}

    static boolean run(Runnable call) {
        return Attempt.run(VisitService.ConcurrentEdit.MESSAGE, call);
    }
}
