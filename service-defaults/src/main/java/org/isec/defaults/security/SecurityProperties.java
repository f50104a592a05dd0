package org.isec.defaults.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param issuerUri   the only accepted token issuer, exactly as clients reach Keycloak
 * @param audience    the audience every token must carry
 * @param publicPaths paths open without a token: {@code "GET /api/membership/charter"} or
 *                    {@code "/api/training/certificates/**"} (any method)
 */
@ConfigurationProperties("isec.security")
record SecurityProperties(String issuerUri, @DefaultValue("isec-api") String audience,
                          @DefaultValue List<String> publicPaths) {
}
