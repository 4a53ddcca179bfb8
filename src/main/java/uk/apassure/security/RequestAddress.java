package uk.apassure.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The client address of the request being served, for the security log. Behind a reverse proxy
 * set {@code server.forward-headers-strategy} so that this is the client's, not the proxy's.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RequestAddress extends OncePerRequestFilter {

    private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

    static @Nullable String current() {
        return ADDRESS.get();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ADDRESS.set(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            ADDRESS.remove();
        }
    }
}
