package vn.planflow.audit;

import jakarta.servlet.http.HttpServletRequest;

/** The door a person came through; decisions taken by a background job have none. */
public enum AuditChannel {
    API,
    ENGINE_REST,
    WEBAPP,
    JOB;

    static AuditChannel of(HttpServletRequest request) {
        if (request == null) {
            return JOB;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/engine-rest")) {
            return ENGINE_REST;
        }
        return path.startsWith("/camunda") ? WEBAPP : API;
    }
}
