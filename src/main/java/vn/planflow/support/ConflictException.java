package vn.planflow.support;

/** Answered with HTTP 409. */
public class ConflictException extends DomainException {
    public ConflictException(String field, String message) {
        super(field, message);
    }

    public ConflictException(String message) {
        super(null, message);
    }
}
