package uk.apassure.organisation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.security.AccountLookup;
import uk.apassure.security.SignedInUser;
import uk.apassure.security.Usernames;

/** Gives the security realm the stored accounts: scope, roles and password hash. */
@Component
class UserDirectory implements AccountLookup {

    private final AppUserRepository users;

    UserDirectory(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> findActiveAccount(String username) {
        // the column's collation (utf8mb4_unicode_ci) ignores case and accents: keep only the exact
        // normal form, so that the throttle's key and the account found are the same name
        return Usernames.normalise(username)
                .flatMap(name -> users.findByUsernameAndActiveTrue(name).filter(user -> user.getUsername().equals(name)))
                .map(user -> {
                    School school = user.getSchool();
                    SignedInUser signedIn = new SignedInUser(user.requireId(), user.getUsername(), user.getDisplayName(),
                            user.getTrust().requireId(), user.getTrust().getName(),
                            school == null ? null : school.requireId(), school == null ? null : school.getName(),
                            user.getRoles());
                    return new Account(signedIn, user.getPasswordHash(), user.mustChangePassword());
                });
    }
}
