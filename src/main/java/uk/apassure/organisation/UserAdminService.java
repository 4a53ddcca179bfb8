package uk.apassure.organisation;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.shiro.authc.credential.PasswordService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.base.domain.Refusal;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.Role;
import uk.apassure.security.SecondFactorStore;
import uk.apassure.security.SecurityEventKind;
import uk.apassure.security.SecurityLog;
import uk.apassure.security.SessionRevocation;
import uk.apassure.security.SignedInUser;
import uk.apassure.security.Usernames;

/**
 * Accounts of a trust, managed by its administrators (issue 13): create, change roles, disable and
 * enable, reset a password. A reset or a new account gets a one-time password, shown once to the
 * administrator, that its owner must replace at their next sign-in. Disabling an account, changing
 * its roles or resetting its password ends its sessions at once ({@link SessionRevocation}), and
 * every change goes into the security log.
 */
@Service
@Transactional
public class UserAdminService {

    /** Roles held by the trust's central team, who belong to no school. */
    static final Set<Role> TRUST_ROLES = EnumSet.of(Role.TRUST_LEAD, Role.ADMIN);
    private static final int NAME_LENGTH = 200;
    private static final int EMAIL_LENGTH = 254;
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    // no 0/O, 1/l/I: read aloud or copied from a screen without mistakes
    private static final char[] ONE_TIME_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUserRepository users;
    private final SchoolRepository schools;
    private final TrustRepository trusts;
    private final AccessGuard access;
    private final PasswordService passwords;
    private final SecurityLog log;
    private final SessionRevocation sessions;
    private final Clock clock;
    private final SecondFactorStore secondFactors;

    UserAdminService(AppUserRepository users, SchoolRepository schools, TrustRepository trusts, AccessGuard access,
            PasswordService passwords, SecurityLog log, SessionRevocation sessions, Clock clock,
            SecondFactorStore secondFactors) {
        this.secondFactors = secondFactors;
        this.users = users;
        this.schools = schools;
        this.trusts = trusts;
        this.access = access;
        this.passwords = passwords;
        this.log = log;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The trust's accounts, by name. */
    @Transactional(readOnly = true)
    public List<Account> accounts() {
        SignedInUser admin = access.require(Permission.USER_MANAGE);
        return users.findByTrustIdOrderByDisplayNameAscIdAsc(admin.trustId()).stream().map(Account::of).toList();
    }

    /** A new account with a one-time password, returned once and never stored in clear. */
    public OneTimePassword create(NewAccount request) {
        SignedInUser admin = access.require(Permission.USER_MANAGE);
        String username = Usernames.normalise(request.username())
                .filter(name -> name.matches("[\\p{L}\\p{N}._-]{3,100}"))
                .orElseThrow(() -> new InvalidAccount("username",
                        "A username is 3 to 100 letters, digits, dots, hyphens or underscores."));
        if (users.existsByUsername(username)) {
            throw new InvalidAccount("username", "The username " + username + " is taken: choose another.");
        }
        String displayName = requireName(request.displayName());
        String email = checkEmail(request.email());
        Set<Role> roles = checkRoles(request.roles(), request.schoolId());
        String password = oneTimePassword();
        String hash = passwords.encryptPassword(password);
        AppUser user;
        if (request.schoolId() == null) {
            user = AppUser.ofTrust(username, displayName, trusts.findById(admin.trustId()).orElseThrow(), roles, hash);
        } else {
            School school = schoolOfTrust(admin, request.schoolId());
            user = AppUser.ofSchool(username, displayName, school, roles, hash);
        }
        user.setEmail(email);
        user.changePassword(hash, true, clock.instant());
        long id = users.save(user).requireId();
        log.record(SecurityEventKind.ACCOUNT_CREATED, "Created " + username + " with roles " + labels(roles));
        return new OneTimePassword(id, username, password);
    }

    /** New roles; the account's sessions end, so its next sign-in carries them. */
    public void changeRoles(long userId, Set<Role> newRoles) {
        SignedInUser admin = access.require(Permission.USER_MANAGE);
        AppUser user = userOfTrust(admin, userId);
        School school = user.getSchool();
        Set<Role> roles = checkRoles(newRoles, school == null ? null : school.requireId());
        if (admin.id() == userId && !roles.contains(Role.ADMIN)) {
            throw new InvalidAccount("roles", "You cannot remove your own administrator role: ask another administrator.");
        }
        Set<Role> before = user.getRoles();
        if (before.equals(roles)) {
            return;
        }
        user.changeRoles(roles);
        sessions.endSessionsOf(userId);
        log.record(SecurityEventKind.ROLES_CHANGED,
                user.getUsername() + ": " + labels(before) + " → " + labels(roles) + "; sessions ended");
    }

    public void disable(long userId) {
        SignedInUser admin = access.require(Permission.USER_MANAGE);
        AppUser user = userOfTrust(admin, userId);
        if (admin.id() == userId) {
            throw new InvalidAccount("active", "You cannot disable your own account.");
        }
        if (!user.isActive()) {
            return;
        }
        user.deactivate();
        sessions.endSessionsOf(userId);
        log.record(SecurityEventKind.ACCOUNT_DISABLED, user.getUsername() + "; sessions ended");
    }

    public void enable(long userId) {
        SignedInUser admin = access.require(Permission.USER_MANAGE);
        AppUser user = userOfTrust(admin, userId);
        if (user.isActive()) {
            return;
        }
        user.activate();
        log.record(SecurityEventKind.ACCOUNT_ENABLED, user.getUsername());
    }

    /** A one-time password for someone who forgot theirs; their sessions end. */
    public OneTimePassword resetPassword(long userId) {
        SignedInUser admin = access.require(Permission.USER_MANAGE);
        AppUser user = userOfTrust(admin, userId);
        String password = oneTimePassword();
        user.changePassword(passwords.encryptPassword(password), true, clock.instant());
        sessions.endSessionsOf(userId);
        log.record(SecurityEventKind.PASSWORD_RESET, user.getUsername() + "; sessions ended");
        return new OneTimePassword(userId, user.getUsername(), password);
    }

    /** Removes a lost phone's two-step sign-in; the account enrols again at its next sign-in if its roles require it. */
    public void resetSecondFactor(long userId) {
        SignedInUser admin = access.require(Permission.USER_MANAGE);
        AppUser user = userOfTrust(admin, userId);
        secondFactors.remove(userId);
        sessions.endSessionsOf(userId);
        log.record(SecurityEventKind.MFA_RESET, user.getUsername() + "; sessions ended");
    }

    /** Whether the account has set up two-step sign-in. */
    @Transactional(readOnly = true)
    public boolean hasSecondFactor(long userId) {
        SignedInUser admin = access.require(Permission.USER_MANAGE);
        userOfTrust(admin, userId);
        return secondFactors.enrolment(userId).isPresent();
    }

    private AppUser userOfTrust(SignedInUser admin, long userId) {
        AppUser user = users.findWithRolesById(userId).orElseThrow(() -> new InvalidAccount("user", "No such account."));
        if (user.getTrust().requireId() != admin.trustId()) {
            throw access.refused("That account belongs to another trust");
        }
        return user;
    }

    private School schoolOfTrust(SignedInUser admin, long schoolId) {
        School school = schools.findById(schoolId).orElseThrow(() -> new InvalidAccount("school", "No such school."));
        if (school.trustId() != admin.trustId()) {
            throw access.refused("That school belongs to another trust");
        }
        return school;
    }

    private static Set<Role> checkRoles(@Nullable Set<Role> roles, @Nullable Long schoolId) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidAccount("roles", "Choose at least one role.");
        }
        if (schoolId == null && !TRUST_ROLES.containsAll(roles)) {
            throw new InvalidAccount("roles", "Someone of the trust's central team can be trust lead or administrator;"
                    + " choose a school for " + labels(roles.stream().filter(role -> !TRUST_ROLES.contains(role))
                            .collect(Collectors.toSet())) + ".");
        }
        if (schoolId != null && roles.contains(Role.TRUST_LEAD)) {
            throw new InvalidAccount("roles", "A trust lead sees every school of the trust: leave the school empty.");
        }
        return EnumSet.copyOf(roles);
    }

    private static String requireName(@Nullable String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidAccount("displayName", "Enter the person's name.");
        }
        if (trimmed.length() > NAME_LENGTH || trimmed.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidAccount("displayName", "A name is at most " + NAME_LENGTH + " characters, without control characters.");
        }
        return trimmed;
    }

    private static @Nullable String checkEmail(@Nullable String email) {
        String trimmed = email == null ? "" : email.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() > EMAIL_LENGTH || !EMAIL.matcher(trimmed).matches()) {
            throw new InvalidAccount("email", "Enter an e-mail address like name@school.org.uk, or leave it empty.");
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }

    static String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ONE_TIME_ALPHABET[RANDOM.nextInt(ONE_TIME_ALPHABET.length)]);
        }
        return password.toString();
    }

    private static String labels(Set<Role> roles) {
        return roles.stream().map(Role::label).sorted().collect(Collectors.joining(", "));
    }

    /** An account as the administrators' page lists it. */
    public record Account(long id, String username, String displayName, @Nullable String email,
            @Nullable Long schoolId, String schoolName, Set<Role> roles, boolean active, boolean mustChangePassword) {
        static Account of(AppUser user) {
            School school = user.getSchool();
            return new Account(user.requireId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
                    school == null ? null : school.requireId(), school == null ? "Trust" : school.getName(),
                    user.getRoles(), user.isActive(), user.mustChangePassword());
        }
    }

    /** What an administrator enters for a new account; {@code schoolId} null for the trust's central team. */
    public record NewAccount(String username, String displayName, @Nullable String email, @Nullable Long schoolId,
            Set<Role> roles) {}

    /** A password to hand to its owner once; they replace it at their next sign-in. */
    public record OneTimePassword(long userId, String username, String password) {
        @Override
        public String toString() {
            return "OneTimePassword[" + username + "]";
        }
    }

    /** A field the administrator must correct, with the words to show next to it. */
    public static class InvalidAccount extends Refusal {
        private final String field;

        InvalidAccount(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
