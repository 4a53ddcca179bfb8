package uk.apassure.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a user's sessions when an administrator disables them, changes their roles or resets their
 * password: the next request of any session signed in before that moment finds it ended (a click,
 * or Vaadin's heartbeat for an idle tab), and the page goes back to sign-in. The sign-in carries the
 * roles of its moment ({@link SignedInUser}), so a changed role takes effect by signing in again.
 *
 * <p>Runs after Shiro's filter. The revocations are held in memory: one application node, like the
 * sign-in throttle (docs/security.md).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
public class SessionRevocation extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SessionRevocation.class.getName() + ".signedInAt";

    private final Clock clock;
    private final Duration keep;
    private final Map<Long, Instant> revokedAt = new ConcurrentHashMap<>();

    SessionRevocation(Clock clock, @Value("${apassure.session.absolute-timeout:12h}") Duration absoluteTimeout) {
        this.clock = clock;
        this.keep = absoluteTimeout.plusHours(1);
    }

    /** Every session of {@code userId} begun before now ends at its next request. */
    public void endSessionsOf(long userId) {
        Instant now = clock.instant();
        revokedAt.put(userId, now);
        revokedAt.values().removeIf(at -> at.plus(keep).isBefore(now));
    }

    /** Whether a session of {@code userId} signed in at {@code signedInAt} has been ended. */
    public boolean isRevoked(long userId, Instant signedInAt) {
        Instant revoked = revokedAt.get(userId);
        return revoked != null && !signedInAt.isAfter(revoked);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Subject subject = SecurityUtils.getSubject();
        HttpSession session = request.getSession(false);
        if (session != null && subject.isAuthenticated() && subject.getPrincipal() instanceof SignedInUser user) {
            try {
                Object signedInAt = session.getAttribute(SIGNED_IN_AT);
                if (signedInAt == null) {
                    session.setAttribute(SIGNED_IN_AT, clock.instant());
                } else if (isRevoked(user.id(), (Instant) signedInAt)) {
                    subject.logout();
                    session.invalidate();
                }
            } catch (IllegalStateException alreadyInvalidated) {
                // ended by another request meanwhile
            }
        }
        chain.doFilter(request, response);
    }
}
