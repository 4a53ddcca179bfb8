package uk.apassure.provider;

import uk.apassure.provider.RegistrationTrigger.State;

/**
 * A provider over the registration trigger, or one the proposed placements would put over it, with
 * the counts that say why. Counts only: the same for every school of the trust.
 */
public record RegistrationFinding(long providerId, String providerName, State state, FullTimePupils active,
        FullTimePupils activeAndProposed) {

    /** Why, in words: "6 pupils full-time, 1 with an EHCP" (with the proposals counted when they decide it). */
    public String reasons() {
        return state == State.WOULD_TRIGGER ? activeAndProposed.reasons() + " if the proposed placements start"
                : active.reasons();
    }

    /** The flag and why, in one line: "Registration trigger: 6 pupils full-time, 1 with an EHCP". */
    public String summary() {
        return state.label() + ": " + reasons();
    }
}
