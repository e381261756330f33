package vn.planflow.support;

/** Answered with HTTP 400. */
public class ValidationException extends DomainException {
    public ValidationException(String field, String message) {
        super(field, message);
    }

    public ValidationException(String message) {
        super(null, message);
    }
}
