package vn.planflow.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.planflow.identity.Memberships;

/**
 * Hands the signed-in person to the engine for the request, so engine calls made by the domain
 * API are checked by the same authorizations as Tasklist.
 */
@Component
public class EngineAuthenticationFilter extends OncePerRequestFilter {
    private final IdentityService identityService;
    private final Memberships memberships;

    public EngineAuthenticationFilter(IdentityService identityService, Memberships memberships) {
        this.identityService = identityService;
        this.memberships = memberships;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName());
        if (signedIn) {
            identityService.setAuthentication(auth.getName(), memberships.groupIds(auth.getName()));
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (signedIn) {
                identityService.clearAuthentication();
            }
        }
    }
}
