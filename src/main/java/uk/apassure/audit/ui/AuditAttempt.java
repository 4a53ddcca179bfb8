package uk.apassure.audit.ui;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.InvalidStep;
import uk.apassure.base.ui.Notices;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.AccessGuard;

/** Runs a service call from an audit view and turns a refusal into a clear message instead of an error page. */
final class AuditAttempt {

    private AuditAttempt() {}

    /** True when the call succeeded; otherwise the user has been told why. */
    static boolean run(Runnable call) {
        try {
            call.run();
            return true;
        } catch (AuditService.ConcurrentEdit | ProviderService.ConcurrentEdit | OptimisticLockingFailureException e) {
            Notices.problem("Someone else saved this audit while you were working on it. Reload to see their changes.");
        } catch (InvalidStep | ProviderService.InvalidChange | AccessGuard.AccessDeniedException e) {
            Notices.problem(e.getMessage());
        } catch (ConstraintViolationException e) {
            Notices.problem(e.getConstraintViolations().stream()
                    .map(ConstraintViolation::getMessage)
                    .collect(Collectors.joining(" ")));
        }
        return false;
    }
}
