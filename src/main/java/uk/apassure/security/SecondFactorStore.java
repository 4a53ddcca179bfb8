package uk.apassure.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where {@link SecondFactor} keeps each account's authenticator secret and recovery codes.
 * Implemented by the organisation feature, which owns accounts, so that security does not depend on it.
 */
public interface SecondFactorStore {

    /** The confirmed secret and the last step accepted, if the account has enrolled. */
    Optional<Enrolment> enrolment(long userId);

    /** Accepts {@code step} only if it is later than the last accepted one (no code is used twice). */
    boolean acceptStep(long userId, long step);

    /** Replaces any enrolment with this secret and recovery code hashes. */
    void enrol(long userId, String secret, long step, List<String> recoveryCodeHashes, Instant at);

    /** Uses an unused recovery code with this hash; false when there is none. */
    boolean useRecoveryCode(long userId, String codeHash, Instant at);

    int unusedRecoveryCodes(long userId);

    /** Removes the secret and recovery codes (a lost phone, reset by an administrator). */
    void remove(long userId);

    /** {@code secret} is null when the stored secret cannot be read (another key): no code matches it. */
    record Enrolment(String secret, Instant enrolledAt) {}
}
