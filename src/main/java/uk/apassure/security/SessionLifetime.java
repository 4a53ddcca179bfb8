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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends every session a fixed time after it began, however active it is ({@code
 * apassure.session.absolute-timeout}, 12 hours by default): a tab left open on a shared
 * computer does not stay signed in for days. Runs ahead of Shiro, so the request that finds the
 * session too old is already anonymous; Vaadin then reports the session expired and the page goes
 * back to sign-in.
 *
 * <p>The idle limit is separate: {@code server.servlet.session.timeout} (30 minutes) with {@code
 * vaadin.closeIdleSessions=true}, so that Vaadin's heartbeat alone no longer keeps a session alive.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SessionLifetime extends OncePerRequestFilter {

    static final String STARTED = SessionLifetime.class.getName() + ".started";

    private final Clock clock;
    private final Duration absoluteTimeout;

    SessionLifetime(Clock clock, @Value("${apassure.session.absolute-timeout:12h}") Duration absoluteTimeout) {
        this.clock = clock;
        this.absoluteTimeout = absoluteTimeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Instant now = clock.instant();
            try {
                Object started = session.getAttribute(STARTED);
                if (started == null) {
                    session.setAttribute(STARTED, now);
                } else if (Duration.between((Instant) started, now).compareTo(absoluteTimeout) > 0) {
                    session.invalidate();
                }
            } catch (IllegalStateException alreadyInvalidated) {
                // ended by another request meanwhile: nothing to do
            }
        }
        chain.doFilter(request, response);
    }
}
