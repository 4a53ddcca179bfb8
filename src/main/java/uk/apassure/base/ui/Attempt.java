package uk.apassure.base.ui;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import uk.apassure.base.domain.Refusal;
import uk.apassure.security.AccessGuard;

/** Runs a service call from a view and turns a refusal into a clear message instead of an error page. */
public final class Attempt {

    private Attempt() {}

    /**
     * True when the call succeeded; otherwise the user has been told why.
     *
     * @param raceMessage what to say when the database detects that someone else saved first
     */
    public static boolean run(String raceMessage, Runnable call) {
        try {
            call.run();
            return true;
        } catch (Refusal | AccessGuard.AccessDeniedException e) {
            Notices.problem(e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            Notices.problem(raceMessage);
        } catch (ConstraintViolationException e) {
            Notices.problem(e.getConstraintViolations().stream()
                    .map(ConstraintViolation::getMessage)
                    .collect(Collectors.joining(" ")));
        } catch (DataIntegrityViolationException e) {
            Notices.problem("The database refused this change because it breaks a rule (for example a duplicate"
                    + " URN). Nothing was saved.");
        }
        return false;
    }
}
