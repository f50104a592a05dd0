package org.isec.defaults.problem;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputProblemsTest {

    record Budget(@JsonProperty("min_amount") @Positive Integer min, Integer max) {
    }

    record Lot(@NotBlank String title, @Valid Budget budget) {
    }

    record Commission(@JsonProperty("commission_title") @NotBlank String title, List<@Valid Lot> lots,
                      Map<String, @Valid Lot> byRegion) {
    }

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void javaPathsBecomeTheJsonPathsTheClientSent() {
        assertThat(JsonPaths.of(Commission.class, "title")).isEqualTo("commission_title");
        assertThat(JsonPaths.of(Commission.class, "lots[2].budget.min")).isEqualTo("lots[2].budget.min_amount");
        assertThat(JsonPaths.of(Commission.class, "byRegion[lombardia].budget.min"))
                .isEqualTo("byRegion[lombardia].budget.min_amount");
        assertThat(JsonPaths.of(Commission.class, "unknown.path")).isEqualTo("unknown.path");
    }

    @Test
    void constraintViolationsNameNestedFieldsWithIndexes() {
        Commission commission = new Commission(" ", List.of(new Lot("ok", new Budget(1, 2)),
                new Lot("", new Budget(-5, 2))), Map.of());
        var violations = validator.validate(commission);

        List<InvalidField> fields = InputProblems.of(new ConstraintViolationException(violations));

        assertThat(fields).extracting(InvalidField::field)
                .containsExactlyInAnyOrder("title", "lots[1].title", "lots[1].budget.min");
    }

    @Test
    void invalidInputCollectsEveryBrokenRule() {
        var rules = InvalidInputException.builder()
                .addIf(true, "budget.min", "must not exceed budget.max")
                .addIf(false, "languages", "never added")
                .add("bidDeadline", "must be in the future");

        assertThatThrownBy(rules::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(InvalidField::field).containsExactly("budget.min", "bidDeadline"));
        InvalidInputException.builder().throwIfAny();
    }

    @Test
    void anInvalidInputExceptionNamesAtLeastOneField() {
        assertThatThrownBy(() -> new InvalidInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
