package org.isec.defaults.security;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpMethod;

/** {@code "GET /api/membership/charter"} or {@code "/api/training/certificates/**"}, parsed once. */
record PublicPaths(List<Entry> entries) {

    /** Open on every service: health for orchestrators, info, and the OpenAPI document the gateway gathers. */
    static final List<String> ALWAYS = List.of("/actuator/health/**", "/actuator/info", "/api/*/v3/api-docs",
            "/api/*/v3/api-docs/**", "/api/*/v3/api-docs.yaml", "/error");

    record Entry(HttpMethod method, String pattern) {
    }

    static PublicPaths parse(List<String> declared) {
        return new PublicPaths(declared.stream().map(String::trim).filter(s -> !s.isEmpty()).map(PublicPaths::entry)
                .toList());
    }

    private static Entry entry(String declared) {
        String[] parts = declared.split("\\s+");
        if (parts.length == 1) {
            return new Entry(null, requirePath(parts[0], declared));
        }
        if (parts.length == 2) {
            return new Entry(HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT)), requirePath(parts[1], declared));
        }
        throw new IllegalArgumentException("isec.security.public-paths entry '" + declared
                + "' is neither 'METHOD /path' nor '/path'");
    }

    private static String requirePath(String path, String declared) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("isec.security.public-paths entry '" + declared
                    + "' must name a path starting with /");
        }
        return path;
    }
}
