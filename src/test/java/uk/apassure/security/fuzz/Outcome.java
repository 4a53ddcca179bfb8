package uk.apassure.security.fuzz;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.Refusal;

/** What a service did with hostile input: stored it, refused it with a message, or broke. */
record Outcome(Kind kind, String message, @Nullable Throwable error) {

    enum Kind { STORED, REFUSED, BROKE }

    static Outcome of(Runnable call) {
        try {
            call.run();
            return new Outcome(Kind.STORED, "", null);
        } catch (Refusal e) {
            return refusedOrBroken(e.getMessage(), e);
        } catch (ConstraintViolationException e) {
            // Bean Validation at the service boundary: its messages are written for the user (base.ui.Attempt shows them)
            return refusedOrBroken(e.getConstraintViolations().stream().map(ConstraintViolation::getMessage)
                    .collect(Collectors.joining(" ")), e);
        } catch (RuntimeException e) {
            return new Outcome(Kind.BROKE, e.getClass().getName() + ": " + shorten(e.getMessage()), e);
        }
    }

    /** A message the user can read: not empty, not a stack trace or an SQL error. */
    static boolean readable(@Nullable String message) {
        return message != null && !message.isBlank() && message.length() < 1000 && !message.contains("Exception")
                && !message.contains("SQL") && !message.contains("\tat ") && !message.contains("{");
    }

    private static Outcome refusedOrBroken(@Nullable String message, Throwable e) {
        return readable(message) ? new Outcome(Kind.REFUSED, message, e)
                : new Outcome(Kind.BROKE, "unreadable message: " + shorten(message), e);
    }

    static String shorten(@Nullable String text) {
        if (text == null) {
            return "null";
        }
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    @Override
    public String toString() {
        return kind + (message.isEmpty() ? "" : " (" + shorten(message) + ")");
    }
}
