package uk.apassure.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose declared body is larger than the largest upload allowed ({@code
 * spring.servlet.multipart.max-request-size}: one 20 MB file and its multipart envelope) before any
 * of it is read: 413 with a plain message, and the connection closed so that the rest is not
 * taken either. A body sent without a length is bounded where it is read (the multipart limits,
 * and the upload handlers read at most one byte past their limit).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RequestSizeLimit extends OncePerRequestFilter {

    static final String MESSAGE = "The upload is larger than 20 MB, the limit for one file. Upload a smaller copy.";

    private final long maxBytes;

    RequestSizeLimit(@Value("${spring.servlet.multipart.max-request-size:21MB}") DataSize maxRequestSize) {
        this.maxBytes = maxRequestSize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setHeader("Connection", "close");
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(MESSAGE.getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
