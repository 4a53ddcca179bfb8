package uk.apassure.security;

import java.time.Duration;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.springframework.stereotype.Service;

/** Signs users in and out through Shiro, with the per-account throttle in front. */
@Service
public class SignInService {

    private final LoginThrottle throttle;

    public SignInService(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    public SignInResult signIn(String username, String password) {
        Duration wait = throttle.waitBeforeAttempt(username);
        if (!wait.isZero()) {
            return SignInResult.throttled(wait);
        }
        Subject subject = SecurityUtils.getSubject();
        try {
            subject.login(new UsernamePasswordToken(username.trim(), password));
            throttle.recordSuccess(username);
            return SignInResult.SIGNED_IN;
        } catch (AuthenticationException e) {
            // one generic answer for unknown user, wrong password and inactive account
            throttle.recordFailure(username);
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
