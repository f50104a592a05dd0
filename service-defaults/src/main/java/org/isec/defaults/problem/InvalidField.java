package org.isec.defaults.problem;

/**
 * One bad input field in a problem's {@code errors} list.
 *
 * @param field   JSON path of the field as the client sent it, e.g. {@code organization.vatNumber} or
 *                {@code lots[0].title}; a query parameter or header by its name
 * @param message what is wrong, in the response language
 */
public record InvalidField(String field, String message) {
}
