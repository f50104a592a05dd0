package org.isec.defaults.problem;

/**
 * The object is in the wrong state for the request; answered {@code 409} with a stable {@code code}:
 * {@code throw new ConflictException("ALREADY_DECIDED", "The application was already approved.")}.
 */
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }
}
