package org.isec.defaults.problem;

/**
 * Answered {@code 404}. Also the answer for someone else's object, so existence does not leak:
 * {@code throw new NotFoundException("application", id)}.
 */
public class NotFoundException extends RuntimeException {

    private final String what;
    private final String id;

    public NotFoundException(String what, String id) {
        super(what + " " + id + " not found");
        this.what = what;
        this.id = id;
    }

    public String what() {
        return what;
    }

    public String id() {
        return id;
    }
}
