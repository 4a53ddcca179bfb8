package uk.apassure.provider.ui;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import uk.apassure.base.ui.Notices;
import uk.apassure.provider.ProviderService;

/** Runs a service call from a view and turns a refusal into a clear message instead of an error page. */
final class Attempt {

    private Attempt() {}

    /** True when the call succeeded; otherwise the user has been told why. */
    static boolean run(Runnable call) {
        try {
            call.run();
            return true;
        } catch (ProviderService.ConcurrentEdit | OptimisticLockingFailureException e) {
            Notices.problem(ProviderService.ConcurrentEdit.MESSAGE);
        } catch (ProviderService.InvalidChange e) {
            Notices.problem(e.getMessage());
        } catch (ConstraintViolationException e) {
            Notices.problem(e.getConstraintViolations().stream()
                    .map(ConstraintViolation::getMessage)
                    .collect(Collectors.joining(" ")));
        } catch (DataIntegrityViolationException e) {
            Notices.problem("The database refused this change because it breaks a rule of the register"
                    + " (for example a duplicate URN). Nothing was saved.");
        }
        return false;
    }
}
