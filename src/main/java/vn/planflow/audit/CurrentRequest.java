package vn.planflow.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Remembers the request being served on this thread, so an audit line written deep inside Spring
 * Security or Hibernate knows the door and the address. (No RequestContextFilter runs in this
 * application's chain, so Spring's own holder is empty there.)
 */
class CurrentRequest extends OncePerRequestFilter {
    private static final ThreadLocal<HttpServletRequest> CURRENT = new ThreadLocal<>();

    static HttpServletRequest get() {
        return CURRENT.get();
    }

    static String remoteAddress() {
        HttpServletRequest request = CURRENT.get();
        return request == null ? null : request.getRemoteAddr();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest outer = CURRENT.get();
        CURRENT.set(request);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
