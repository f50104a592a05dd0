package org.isec.notification.domain.templates;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole template language: {@code ${name}} is replaced by a value, nothing else is interpreted. No expressions,
 * no includes, no reflection, so a translator's text can never execute anything, and a missing value is an error
 * rather than an empty gap in a message.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");

    private Placeholders() {
    }

    /**
     * {@code template} with every placeholder replaced by its value; {@code escape} is applied to the template's own
     * text and to each value alike (HTML escaping for HTML, identity for plain text).
     *
     * @throws UnfilledPlaceholderException if a placeholder has no value
     */
    static String fill(String template, Function<String, String> values, UnaryOperator<String> escape) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64);
        int last = 0;
        while (matcher.find()) {
            out.append(escape.apply(template.substring(last, matcher.start())));
            String value = values.apply(matcher.group(1));
            if (value == null) {
                throw new UnfilledPlaceholderException(matcher.group(1));
            }
            out.append(escape.apply(value));
            last = matcher.end();
        }
        out.append(escape.apply(template.substring(last)));
        return out.toString();
    }

    /** Inserts already safe fragments (the layout's own assembly), no escaping. */
    static String fillTrusted(String template, Function<String, String> fragments) {
        return fill(template, fragments, UnaryOperator.identity());
    }

    static Set<String> names(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
