package uk.apassure.organisation;

import java.time.Clock;
import org.apache.shiro.authc.credential.PasswordService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.base.domain.Refusal;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.PasswordPolicy;
import uk.apassure.security.RouteAccessControl;
import uk.apassure.security.SecurityEventKind;
import uk.apassure.security.SecurityLog;
import uk.apassure.security.SignedInUser;

/** The signed-in user's own account: changing their password (and replacing a one-time one). */
@Service
@Transactional
public class AccountService {

    private final AppUserRepository users;
    private final AccessGuard access;
    private final PasswordService passwords;
    private final PasswordPolicy policy;
    private final SecurityLog log;
    private final Clock clock;

    AccountService(AppUserRepository users, AccessGuard access, PasswordService passwords, PasswordPolicy policy,
            SecurityLog log, Clock clock) {
        this.users = users;
        this.access = access;
        this.passwords = passwords;
        this.policy = policy;
        this.log = log;
        this.clock = clock;
    }

    /** Whether the signed-in user holds a one-time password from an administrator and must choose their own. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        SignedInUser user = access.currentUser();
        return users.findById(user.id()).map(AppUser::mustChangePassword).orElse(false);
    }

    /**
     * Replaces the signed-in user's password after checking the current one; the new one must meet
     * {@link PasswordPolicy} and be typed twice alike.
     */
    public void changePassword(String current, String newPassword, String repeated) {
        SignedInUser signedIn = access.currentUser();
        AppUser user = users.findById(signedIn.id()).orElseThrow(() -> new InvalidPassword("current", "No such account."));
        if (!passwords.passwordsMatch(current, user.getPasswordHash())) {
            log.record(SecurityEventKind.ACCESS_REFUSED, "Password change with a wrong current password");
            throw new InvalidPassword("current", "That is not your current password.");
        }
        policy.problem(newPassword, user.getUsername()).ifPresent(problem -> {
            throw new InvalidPassword("new", problem);
        });
        if (!newPassword.equals(repeated)) {
            throw new InvalidPassword("repeated", "The two new passwords are not the same.");
        }
        if (newPassword.equals(current)) {
            throw new InvalidPassword("new", "Choose a password other than your current one.");
        }
        user.changePassword(passwords.encryptPassword(newPassword), false, clock.instant());
        log.record(SecurityEventKind.PASSWORD_CHANGED, "");
        RouteAccessControl.passwordChosen();
    }

    /** A password field to correct, with the words to show next to it ({@code current}, {@code new}, {@code repeated}). */
    public static class InvalidPassword extends Refusal {
        private final String field;

        InvalidPassword(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
