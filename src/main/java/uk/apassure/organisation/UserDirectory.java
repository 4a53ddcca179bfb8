package uk.apassure.organisation;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.security.AccountLookup;
import uk.apassure.security.SignedInUser;

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
        return users.findByUsernameAndActiveTrue(username.toLowerCase(Locale.ROOT)).map(user -> {
            School school = user.getSchool();
            SignedInUser signedIn = new SignedInUser(user.requireId(), user.getUsername(), user.getDisplayName(),
                    user.getTrust().requireId(), user.getTrust().getName(),
                    school == null ? null : school.requireId(), school == null ? null : school.getName(),
                    user.getRoles());
            return new Account(signedIn, user.getPasswordHash());
        });
    }
}
