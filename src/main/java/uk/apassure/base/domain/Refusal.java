package uk.apassure.base.domain;

/**
 * A service refused a request for a reason the user should read (a rule, a record not found in
 * their scope, a stale copy): the message is written for them. Views show it instead of an
 * error page (base.ui.Attempt).
 */
public abstract class Refusal extends RuntimeException {

    protected Refusal(String message) {
        super(message);
    }
}
