package vn.planflow.support;

/** Answered with HTTP 403. */
public class ForbiddenException extends DomainException {
    public ForbiddenException(String field, String message) {
        super(field, message);
    }

    public ForbiddenException(String message) {
        super(null, message);
    }
}
