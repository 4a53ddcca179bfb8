package uk.apassure.security;

import java.io.Serializable;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is signed in, as Shiro's primary principal: identity, scope (trust and school) and roles as
 * they were at sign-in.
 *
 * @param schoolId null for trust-level users (trust leads, trust administrators)
 */
public record SignedInUser(
        long id,
        String username,
        String displayName,
        long trustId,
        String trustName,
        @Nullable Long schoolId,
        @Nullable String schoolName,
        Set<Role> roles) implements Serializable {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The school or, for trust-level users, the trust: what the header shows. */
    public String organisationName() {
        return schoolName != null ? schoolName : trustName;
    }

    @Override
    public String toString() {
        return username;
    }
}
