package vn.planflow.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda checks passwords itself on its two doors, without Spring Security: the webapps' login
 * form and basic auth on /engine-rest. This filter wraps both and reads the outcome from the status.
 */
class CamundaSignInAuditFilter extends OncePerRequestFilter {
    static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";
    private final AuditLog audit;

    CamundaSignInAuditFilter(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean webappLogin = path.startsWith(WEBAPP_LOGIN) && path.contains("/login/")
                && "POST".equals(request.getMethod());
        // Camunda's login resource reads the form with @FormParam, which still works after this.
        String user = webappLogin ? request.getParameter("username") : basicUser(request);
        chain.doFilter(request, response);
        if (user == null || (!webappLogin && isPublicEnginePath(path))) {
            return;
        }
        AuditChannel channel = webappLogin ? AuditChannel.WEBAPP : AuditChannel.ENGINE_REST;
        int status = response.getStatus();
        boolean refused = webappLogin ? status >= 300 : status == HttpServletResponse.SC_UNAUTHORIZED;
        if (refused) {
            audit.signInFailed(user, channel, request.getRemoteAddr(), "HTTP " + status);
        } else {
            audit.signIn(user, channel, request.getRemoteAddr());
        }
    }

    /** The engine list answers without a password check, so it proves nothing about one. */
    private static boolean isPublicEnginePath(String path) {
        return path.equals("/engine-rest/engine") || path.equals("/engine-rest/engine/");
    }

    private static String basicUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return "(không đọc được)";
        }
    }
}
