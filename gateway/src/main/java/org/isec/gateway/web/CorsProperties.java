package org.isec.gateway.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Browser origins allowed to call the API with credentials ({@code ISEC_CORS_ORIGINS}, comma separated). */
@ConfigurationProperties("isec.gateway.cors")
record CorsProperties(List<String> allowedOrigins, @DefaultValue("1h") Duration maxAge) {

    CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(String::trim).filter(origin -> !origin.isEmpty()).toList();
        if (allowedOrigins.stream().anyMatch(origin -> origin.contains("*"))) {
            // Credentials (the bearer token) are allowed, so a wildcard would hand every site the user's session.
            throw new IllegalArgumentException("isec.gateway.cors.allowed-origins must list exact origins, not "
                    + allowedOrigins);
        }
    }
}
