package uk.apassure.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browser-side hardening on every response (docs/security.md):
 * <ul>
 *   <li>a Content-Security-Policy that Vaadin Flow works with: scripts and styles from this origin
 *       only, but inline scripts and {@code eval} allowed for scripts (Flow's bootstrap is inline
 *       and {@code executeJs} compiles its snippets with {@code new Function}) and inline styles
 *       (the web components set style attributes); no plugins, no framing, forms post home;</li>
 *   <li>no MIME sniffing (uploaded files are served as their checked type), no framing
 *       (clickjacking), no referrer leaking record ids to other sites;</li>
 *   <li>HSTS for a year, only on a request that arrived over TLS (directly or, with
 *       {@code server.forward-headers-strategy}, through a proxy);</li>
 *   <li>{@code Cache-Control: no-store} on every page, UIDL answer and download (they hold pupil
 *       data); only the application's own static files under {@link #CACHEABLE} may be cached.
 *       Vaadin's own cache headers on those responses are overridden.</li>
 * </ul>
 * Session cookies: {@code HttpOnly} and {@code SameSite=Lax} from application.properties; Tomcat
 * marks the session cookie {@code Secure} itself when the request is secure.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String HSTS = "max-age=31536000; includeSubDomains";

    /** Static files that hold no pupil data and may be cached. */
    static final List<String> CACHEABLE = List.of("/VAADIN/build/", "/VAADIN/static/", "/styles/", "/scripts/",
            "/icons/", "/favicon");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (CACHEABLE.stream().anyMatch(path::startsWith) || path.startsWith("/VAADIN/push")) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, new NoStore(response));
    }

    /** Keeps {@code Cache-Control: no-store} whatever the code behind sets. */
    private static final class NoStore extends HttpServletResponseWrapper {

        NoStore(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!isCacheHeader(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!isCacheHeader(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!isCacheHeader(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!isCacheHeader(name)) {
                super.addDateHeader(name, date);
            }
        }

        private static boolean isCacheHeader(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name)
                    || "Pragma".equalsIgnoreCase(name);
        }
    }
}
