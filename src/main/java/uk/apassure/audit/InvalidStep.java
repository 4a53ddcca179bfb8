package uk.apassure.audit;

/** The step breaks a rule of the audit workflow; the message says which, for the user. */
public class InvalidStep extends RuntimeException {
    InvalidStep(String message) {
        super(message);
    }
}
