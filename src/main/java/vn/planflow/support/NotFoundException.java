package vn.planflow.support;

/** Answered with HTTP 404. */
public class NotFoundException extends DomainException {
    public NotFoundException(String field, String message) {
        super(field, message);
    }

    public NotFoundException(String message) {
        super(null, message);
    }
}
