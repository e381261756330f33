package vn.planflow.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.RestException;
import vn.planflow.support.DomainException;

/**
 * Some Camunda REST calls (starting a process, for one) let a listener's refusal through unwrapped;
 * Camunda would answer 500. It gets the same 400/403/404/409 as a wrapped one.
 */
@Provider
@Priority(1)
public class EngineRestDomainRefusalMapper implements ExceptionMapper<DomainException> {
    private final EngineRestRefusalMapper wrapped = new EngineRestRefusalMapper();

    @Override
    public Response toResponse(DomainException exception) {
        return wrapped.toResponse(new RestException(Response.Status.BAD_REQUEST, exception));
    }
}
