package uk.apassure.security;

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

    public SignInService(LoginThrottle throttle) {
        this.throttle = throttle;
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
        if (!wait.isZero()) {
            return SignInResult.throttled(wait);
        }
        Optional<String> normalised = Usernames.normalise(username);
        if (normalised.isEmpty()) {
            throttle.recordFailure(username, address);
            return SignInResult.REFUSED;
        }
        Subject subject = SecurityUtils.getSubject();
        try {
            subject.login(new UsernamePasswordToken(normalised.get(), password));
            throttle.recordSuccess(username);
            return SignInResult.SIGNED_IN;
        } catch (AuthenticationException e) {
            // one generic answer for unknown user, wrong password and inactive account
            throttle.recordFailure(username, address);
            return SignInResult.REFUSED;
        }
    }

    public void signOut() {
        SecurityUtils.getSubject().logout();
    }

    /** The outcome of an attempt; {@code waitTime} is set only when the throttle refused it. */
    public record SignInResult(Outcome outcome, Duration waitTime) {
        public static final SignInResult SIGNED_IN = new SignInResult(Outcome.SIGNED_IN, Duration.ZERO);
        public static final SignInResult REFUSED = new SignInResult(Outcome.REFUSED, Duration.ZERO);

        static SignInResult throttled(Duration waitTime) {
            return new SignInResult(Outcome.THROTTLED, waitTime);
        }

        public enum Outcome { SIGNED_IN, REFUSED, THROTTLED }
    }
}
