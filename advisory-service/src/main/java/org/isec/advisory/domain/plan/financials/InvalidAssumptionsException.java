package org.isec.advisory.domain.plan.financials;

import java.util.List;

/** The assumptions cannot be projected; each violation names the field, as a JSON path of the plan. */
public class InvalidAssumptionsException extends RuntimeException {

    private final transient List<Violation> violations;

    InvalidAssumptionsException(List<Violation> violations) {
        super("invalid financial assumptions: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** @param field e.g. {@code revenueLines[0].unitPrice} */
    public record Violation(String field, String message) {
    }
}
