package uk.apassure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import uk.apassure.base.time.MutableClock;

class SessionLifetimeTest {

    private final MutableClock clock = new MutableClock();
    private final SessionLifetime filter = new SessionLifetime(clock, Duration.ofHours(12));
    private final MockHttpSession session = new MockHttpSession();

    private void request() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    @Test
    void an_active_session_lives_twelve_hours_and_then_ends() throws Exception {
        request();
        for (int i = 0; i < 24; i++) {
            clock.advance(Duration.ofMinutes(30)); // busy all day: a request every half hour
            request();
        }
        assertThat(session.isInvalid()).isFalse();

        clock.advance(Duration.ofSeconds(1));
        request();

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_request_without_a_session_creates_none() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(request.getSession(false)).isNull();
    }
}
