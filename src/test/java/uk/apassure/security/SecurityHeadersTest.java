package uk.apassure.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;

/** The headers as a browser receives them, over real HTTP from the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_page_carries_the_policy_and_is_never_stored() throws Exception {
        HttpResponse<String> page = get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "style-src 'self' 'unsafe-inline'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().allValues("Cache-Control")).containsExactly("no-store");
        // plain HTTP: no HSTS (it would pin a host that has no TLS)
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() throws Exception {
        HttpResponse<String> page = get("/login");

        assertThat(page.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void a_download_address_is_never_stored_but_the_stylesheet_may_be() throws Exception {
        HttpResponse<String> download = get("/VAADIN/dynamic/resource/0/00000000-0000-0000-0000-000000000000/audit-1.pdf");
        assertThat(download.headers().allValues("Cache-Control")).containsExactly("no-store");

        HttpResponse<String> css = get("/styles/ap-assure.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().allValues("Cache-Control")).doesNotContain("no-store");
    }

    @Test
    void hsts_only_when_the_request_came_over_tls() throws Exception {
        MockHttpServletRequest secure = new MockHttpServletRequest("GET", "/");
        secure.setSecure(true);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeaders().doFilter(secure, response, new MockFilterChain());
        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo(SecurityHeaders.HSTS);

        MockHttpServletResponse plain = new MockHttpServletResponse();
        new SecurityHeaders().doFilter(new MockHttpServletRequest("GET", "/"), plain, new MockFilterChain());
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void code_behind_the_filter_cannot_loosen_no_store() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeaders().doFilter(new MockHttpServletRequest("GET", "/audits/1"), response,
                (req, res) -> ((HttpServletResponse) res).setHeader("Cache-Control", "max-age=3600"));
        assertThat(response.getHeaders("Cache-Control")).containsExactly("no-store");
    }
}
