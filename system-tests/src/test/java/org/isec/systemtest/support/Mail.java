package org.isec.systemtest.support;

import java.util.List;
import java.util.Map;

/** One message as a recipient reads it over IMAP; {@code headers} keeps the first value of each header. */
public record Mail(String subject, List<String> from, List<String> to, String body, Map<String, String> headers) {

    public String header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst().orElse("");
    }
}
