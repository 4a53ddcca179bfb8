package uk.apassure.base.ui;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Consumer;
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
        return run(raceMessage, call, Notices::problem);
    }

    /** As {@link #run(String, Runnable)}, but the reason goes to {@code tell} (e.g. next to the field). */
    public static boolean run(String raceMessage, Runnable call, Consumer<String> tell) {
        try {
            call.run();
            return true;
        } catch (Refusal | AccessGuard.AccessDeniedException e) {
            tell.accept(e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            tell.accept(raceMessage);
        } catch (ConstraintViolationException e) {
            tell.accept(e.getConstraintViolations().stream()
                    .map(ConstraintViolation::getMessage)
                    .collect(Collectors.joining(" ")));
        } catch (DataIntegrityViolationException e) {
            tell.accept("The database refused this change because it breaks a rule (for example a duplicate"
                    + " URN). Nothing was saved.");
        }
        return false;
    }
}
