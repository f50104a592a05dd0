package org.isec.membership.domain;

import org.isec.defaults.problem.ForbiddenException;
import org.isec.defaults.security.Caller;

/** The checks every service repeats about who is calling. */
final class Operators {

    private Operators() {
    }

    /** Web guards are the first line; the domain does not rely on them. */
    static Actor require(Caller caller) {
        if (!caller.isOperator()) {
            throw new ForbiddenException("OPERATOR_ONLY", "Only consortium operators may do this.");
        }
        return actor(caller);
    }

    static Actor actor(Caller caller) {
        return new Actor(caller.userId(), caller.username());
    }

    static String requireReason(String reason, String field) {
        if (reason == null || reason.isBlank()) {
            throw org.isec.defaults.problem.InvalidInputException.of(field, "is required: say why");
        }
        if (reason.strip().length() > 2000) {
            throw org.isec.defaults.problem.InvalidInputException.of(field, "must be at most 2000 characters");
        }
        return reason.strip();
    }
}
