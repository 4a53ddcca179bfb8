package uk.apassure.visit.ui;

import org.springframework.dao.OptimisticLockingFailureException;
import uk.apassure.base.ui.Notices;
import uk.apassure.visit.VisitService;

/** Runs a service call from a visit view; a refusal becomes a clear message, never an error page. */
final class VisitAttempt {

    private VisitAttempt() {}

    static boolean run(Runnable call) {
        try {
            call.run();
            return true;
        } catch (VisitService.ConcurrentEdit | OptimisticLockingFailureException e) {
            Notices.problem(VisitService.ConcurrentEdit.MESSAGE);
        } catch (VisitService.InvalidVisit e) {
            Notices.problem(String.join(" ", e.problems()));
        } catch (VisitService.NotFound e) {
            Notices.problem(e.getMessage());
        }
        return false;
    }
}
