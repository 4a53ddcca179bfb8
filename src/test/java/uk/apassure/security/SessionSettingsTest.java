package uk.apassure.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/** The idle limit as the running application applies it (same context as SecurityHeadersTest). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionSettingsTest {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    ServletRegistrationBean<? extends VaadinServlet> vaadinServlet;

    @Test
    void idle_sessions_close_after_thirty_minutes_even_with_a_heartbeat() throws Exception {
        // a request so that the servlet has started its service
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(vaadinServlet.getServlet().getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
        assertThat(environment.getProperty("apassure.session.absolute-timeout", Duration.class))
                .isEqualTo(Duration.ofHours(12));
    }
}
