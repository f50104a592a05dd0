package org.isec.defaults.problem;

/**
 * Answered {@code 403} with a stable machine-readable {@code code}:
 * {@code throw new ForbiddenException("MEMBER_SUSPENDED", "A suspended member cannot bid.")}.
 */
public class ForbiddenException extends RuntimeException {

    private final String code;

    public ForbiddenException(String code, String detail) {
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
