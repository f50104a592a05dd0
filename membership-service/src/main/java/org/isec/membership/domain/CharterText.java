package org.isec.membership.domain;

import java.util.List;

/**
 * The charter in one language.
 *
 * @param reviewed  whether a person fluent in the language (and the consortium's counsel) checked the text;
 *                  false for texts nobody has reviewed yet
 * @param direction {@code rtl} for right-to-left scripts, else {@code ltr}
 */
public record CharterText(String title, String preamble, Boolean reviewed, String direction,
                          List<Principle> principles, List<OperatingRule> operatingRules) {

    public CharterText {
        principles = principles == null ? List.of() : List.copyOf(principles);
        operatingRules = operatingRules == null ? List.of() : List.copyOf(operatingRules);
    }

    public record Principle(int number, Area area, String title, String text) {
    }

    /** @param code stable across languages and versions, e.g. {@code NO_BRIBERY} */
    public record OperatingRule(int number, String code, String title, String text) {
    }
}
