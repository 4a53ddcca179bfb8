package uk.apassure.audit;

import uk.apassure.base.domain.Refusal;
/** The step breaks a rule of the audit workflow; the message says which, for the user. */
public class InvalidStep extends Refusal {
    InvalidStep(String message) {
        super(message);
    }
}
