package uk.apassure.security;

import java.util.Optional;

/**
 * Where the realm finds accounts. Implemented by the organisation feature, which owns users, so
 * that security does not depend on it.
 */
public interface AccountLookup {

    Optional<Account> findActiveAccount(String username);

    /**
     * An account as the realm needs it: the principal to sign in and the stored password hash;
     * {@code mustChangePassword} when it holds an administrator's one-time password.
     */
    record Account(SignedInUser user, String passwordHash, boolean mustChangePassword) {}
}
