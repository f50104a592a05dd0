package org.isec.defaults.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The id that ties together every log line, problem response and event caused by one request.
 * It travels as the {@value #HEADER} HTTP header and the CloudEvent extension {@value #CLOUDEVENT_EXTENSION}.
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    public static final String CLOUDEVENT_EXTENSION = "correlationid";

    // Ids come from clients, so only a short, log-safe alphabet is accepted.
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private CorrelationId() {
    }

    /** The correlation id of the work in progress on this thread, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    static String acceptOrCreate(String candidate) {
        return candidate != null && ACCEPTABLE.matcher(candidate).matches() ? candidate : newId();
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
