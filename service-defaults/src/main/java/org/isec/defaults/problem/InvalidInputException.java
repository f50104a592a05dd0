package org.isec.defaults.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Input that is well-formed but breaks a domain rule (a VAT number whose check digit is wrong, a deadline in the
 * past): answered {@code 422} with every field named in {@code errors}.
 * <pre>{@code
 * throw InvalidInputException.of("bidDeadline", "must be in the future");
 *
 * InvalidInputException.builder()
 *         .add("budget.min", "must not exceed budget.max")
 *         .add("languages", "must include Italian or English")
 *         .throwIfAny();
 * }</pre>
 */
public class InvalidInputException extends RuntimeException {

    private final List<InvalidField> errors;

    public InvalidInputException(List<InvalidField> errors) {
        super(describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException names at least one field");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new InvalidField(field, message)));
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<InvalidField> errors() {
        return errors;
    }

    private static String describe(List<InvalidField> errors) {
        return errors.stream().map(e -> e.field() + " " + e.message()).reduce((a, b) -> a + "; " + b).orElse("");
    }

    /** Collects every broken rule first, so the client sees all of them at once. */
    public static final class Builder {

        private final List<InvalidField> errors = new ArrayList<>();

        private Builder() {
        }

        public Builder add(String field, String message) {
            errors.add(new InvalidField(field, message));
            return this;
        }

        /** Adds the field when {@code broken} is true; reads like the rule: {@code .addIf(min > max, "budget.min", "...")}. */
        public Builder addIf(boolean broken, String field, String message) {
            return broken ? add(field, message) : this;
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public InvalidInputException build() {
            return new InvalidInputException(errors);
        }

        public void throwIfAny() {
            if (hasErrors()) {
                throw build();
            }
        }
    }
}
