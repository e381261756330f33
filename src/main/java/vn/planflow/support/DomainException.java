package vn.planflow.support;

/** A refusal the user can act on: the field at fault (nullable) and a reason in Vietnamese. */
public abstract class DomainException extends RuntimeException {
    private final String field;

    protected DomainException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
