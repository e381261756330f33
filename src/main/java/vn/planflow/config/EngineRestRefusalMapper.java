package vn.planflow.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import vn.planflow.support.ConflictException;
import vn.planflow.support.DomainException;
import vn.planflow.support.ForbiddenException;
import vn.planflow.support.ValidationException;

/**
 * Camunda REST reports any failure of a task listener as 500. When the listener refused the form
 * for a business reason (a required comment, a past deadline), the client gets 400/403/409.
 */
@Provider
@Priority(1)
public class EngineRestRefusalMapper implements ExceptionMapper<RestException> {
    private final RestExceptionHandler fallback = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof DomainException d) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", d.getClass().getSimpleName());
                body.put("field", d.getField());
                body.put("message", d.getMessage());
                return Response.status(status(d)).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
            }
        }
        return fallback.toResponse(exception);
    }

    private static int status(DomainException d) {
        if (d instanceof ValidationException) {
            return 400;
        }
        if (d instanceof ForbiddenException) {
            return 403;
        }
        return d instanceof ConflictException ? 409 : 404;
    }
}
