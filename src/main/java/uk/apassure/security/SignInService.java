package uk.apassure.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Signs users in and out through Shiro, with the throttle (per account, address and site) in front. */
@Service
public class SignInService {

    private final LoginThrottle throttle;
    private final SecurityLog log;
    private final AccountLookup accounts;
    private final Clock clock;
    private final SecondFactor secondFactor;

    SignInService(LoginThrottle throttle, SecurityLog log, AccountLookup accounts, Clock clock,
            SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
        this.throttle = throttle;
        this.log = log;
        this.accounts = accounts;
        this.clock = clock;
    }

    public SignInResult signIn(String username, String password) {
        return signIn(username, password, null);
    }

    /**
     * One attempt from the client at {@code address} (throttled per account, per address and over
     * the site). The name is {@linkplain Usernames#normalise normalised} once, here, for both the
     * throttle and the lookup; a name with control or invisible characters is refused unseen.
     */
    public SignInResult signIn(String username, String password, @Nullable String address) {
        Duration wait = throttle.waitBeforeAttempt(username, address);
        Optional<String> normalised = Usernames.normalise(username);
        if (!wait.isZero()) {
            logRefusal(SecurityEventKind.SIGN_IN_THROTTLED, username, normalised,
                    "Asked to wait " + Math.max(1, wait.toSeconds()) + " s");
            return SignInResult.throttled(wait);
        }
        if (normalised.isEmpty()) {
            throttle.recordFailure(username, address);
            logRefusal(SecurityEventKind.SIGN_IN_FAILED, username, normalised, "Name with control or invisible characters");
            return SignInResult.REFUSED;
        }
        Subject subject = SecurityUtils.getSubject();
        try {
            subject.login(new UsernamePasswordToken(normalised.get(), password));
            throttle.recordSuccess(username);
            // the moment SessionRevocation compares with an administrator's change to this account
            subject.getSession().setAttribute(SessionRevocation.SIGNED_IN_AT, clock.instant());
            if (accounts.findActiveAccount(normalised.get()).map(AccountLookup.Account::mustChangePassword).orElse(false)) {
                // an administrator's one-time password: every page leads to choosing one's own first
                subject.getSession().setAttribute(RouteAccessControl.MUST_CHANGE_PASSWORD, Boolean.TRUE);
            }
            SignInResult.Outcome outcome = secondFactor.afterPassword(subject, (SignedInUser) subject.getPrincipal());
            log.record(SecurityEventKind.SIGN_IN, outcome == SignInResult.Outcome.CODE_NEEDED
                    ? "Password accepted; two-step code asked" : "");
            return outcome == SignInResult.Outcome.CODE_NEEDED ? SignInResult.CODE_NEEDED : SignInResult.SIGNED_IN;
        } catch (HashingLimit.HashingBusy e) {
            // the password was never checked: neither a failure for the throttle nor a refusal to log
            return SignInResult.BUSY;
        } catch (AuthenticationException e) {
            // one generic answer for unknown user, wrong password and inactive account
            throttle.recordFailure(username, address);
            logRefusal(SecurityEventKind.SIGN_IN_FAILED, username, normalised, "Wrong password, or no active account");
            return SignInResult.REFUSED;
        }
    }

    public void signOut() {
        log.record(SecurityEventKind.SIGN_OUT, "");
        SecurityUtils.getSubject().logout();
    }

    /** A refused attempt goes into the log of the account's trust, or unattributed when no account has the name. */
    private void logRefusal(SecurityEventKind kind, String typed, Optional<String> normalised, String detail) {
        Optional<SignedInUser> account = normalised.flatMap(accounts::findActiveAccount).map(AccountLookup.Account::user);
        log.record(kind, normalised.orElse(typed.strip()), account.map(SignedInUser::id).orElse(null),
                account.map(SignedInUser::trustId).orElse(null), detail);
    }

    /** The outcome of an attempt; {@code waitTime} is set only when the throttle refused it. */
    public record SignInResult(Outcome outcome, Duration waitTime) {
        public static final SignInResult SIGNED_IN = new SignInResult(Outcome.SIGNED_IN, Duration.ZERO);
        public static final SignInResult REFUSED = new SignInResult(Outcome.REFUSED, Duration.ZERO);
        /** The password was right; the session waits for the authenticator or a recovery code ({@link SecondFactor}). */
        public static final SignInResult CODE_NEEDED = new SignInResult(Outcome.CODE_NEEDED, Duration.ZERO);
        /** Too many sign-ins were being checked at once ({@link HashingLimit}); try again in a moment. */
        public static final SignInResult BUSY = new SignInResult(Outcome.BUSY, Duration.ZERO);

        static SignInResult throttled(Duration waitTime) {
            return new SignInResult(Outcome.THROTTLED, waitTime);
        }

        public enum Outcome { SIGNED_IN, CODE_NEEDED, REFUSED, THROTTLED, BUSY }
    }
}
