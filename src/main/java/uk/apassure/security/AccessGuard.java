package uk.apassure.security;

import java.util.Objects;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.authz.UnauthenticatedException;
import org.apache.shiro.subject.Subject;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The checks every service makes before it touches data: is someone signed in, may they do this,
 * and is the record inside their scope. Views may hide things; only these checks protect them.
 */
@Component
public class AccessGuard {

    private final SecurityLog log;

    AccessGuard(SecurityLog log) {
        this.log = log;
    }

    /** The signed-in user; refuses anonymous callers. */
    public SignedInUser currentUser() {
        Subject subject = SecurityUtils.getSubject();
        Object principal = subject.getPrincipal();
        if (!subject.isAuthenticated() || !(principal instanceof SignedInUser user) || SecondFactor.pending()) {
            throw new UnauthenticatedException("Sign in first");
        }
        return user;
    }

    /** The signed-in user, if there is one. */
    public Optional<SignedInUser> findCurrentUser() {
        Subject subject = SecurityUtils.getSubject();
        return subject.isAuthenticated() && subject.getPrincipal() instanceof SignedInUser user && !SecondFactor.pending()
                ? Optional.of(user)
                : Optional.empty();
    }

    /** The signed-in user, after checking they hold {@code permission}. */
    public SignedInUser require(String permission) {
        SignedInUser user = currentUser();
        if (!SecurityUtils.getSubject().isPermitted(permission)) {
            throw refused("You may not do this (" + permission + ")");
        }
        return user;
    }

    public boolean isPermitted(String permission) {
        Subject subject = SecurityUtils.getSubject();
        return subject.isAuthenticated() && !SecondFactor.pending() && subject.isPermitted(permission);
    }

    /** Trust scope: nobody reads or changes another trust's data. */
    public void requireSameTrust(SignedInUser user, long trustId) {
        if (user.trustId() != trustId) {
            throw refused("That record belongs to another trust");
        }
    }

    /**
     * School scope: pupil- and school-level facts are visible inside their own school, and to
     * trust-wide roles of the same trust.
     */
    public void requireSchoolScope(SignedInUser user, long trustId, @Nullable Long schoolId) {
        requireSameTrust(user, trustId);
        boolean ownSchool = schoolId != null && Objects.equals(user.schoolId(), schoolId);
        if (!ownSchool && !SecurityUtils.getSubject().isPermitted(Permission.TRUST_WIDE)) {
            throw refused("That record belongs to another school");
        }
    }

    /** A refusal for the caller to throw, written to the security log first. */
    public AccessDeniedException refused(String message) {
        log.record(SecurityEventKind.ACCESS_REFUSED, message + " at " + callerOf());
        return new AccessDeniedException(message);
    }

    /** The service method that asked: what was refused, for the log. */
    private static String callerOf() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> !frame.getClassName().equals(AccessGuard.class.getName()))
                .findFirst()
                .map(frame -> simpleName(frame.getClassName()) + "." + frame.getMethodName())
                .orElse("?"));
    }

    private static String simpleName(String className) {
        String name = className.substring(className.lastIndexOf('.') + 1);
        int proxy = name.indexOf("$$");
        return proxy < 0 ? name : name.substring(0, proxy);
    }

    /** Refused: a signed-in user without the right or outside the scope. */
    public static class AccessDeniedException extends AuthorizationException {
        public AccessDeniedException(String message) {
            super(message);
        }
    }
}
