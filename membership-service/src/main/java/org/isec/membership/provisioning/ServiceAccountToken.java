package org.isec.membership.provisioning;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** The provisioning client's access token (client credentials grant), reused until shortly before it expires. */
class ServiceAccountToken {

    private static final long MARGIN_SECONDS = 30;

    private final RestClient http;
    private final KeycloakProperties keycloak;
    private final Clock clock;
    private String token;
    private Instant expiresAt = Instant.MIN;

    ServiceAccountToken(RestClient http, KeycloakProperties keycloak, Clock clock) {
        this.http = http;
        this.keycloak = keycloak;
        this.clock = clock;
    }

    synchronized String get() {
        if (token == null || !clock.instant().isBefore(expiresAt)) {
            var form = new LinkedMultiValueMap<String, String>();
            form.add("grant_type", "client_credentials");
            form.add("client_id", keycloak.clientId());
            form.add("client_secret", keycloak.clientSecret());
            Map<String, Object> response = http.post()
                    .uri("/realms/{realm}/protocol/openid-connect/token", keycloak.realm())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .body(new ParameterizedTypeReference<>() { });
            if (response == null || !(response.get("access_token") instanceof String accessToken)) {
                throw new IllegalStateException("Keycloak answered the token request without an access_token");
            }
            long lifetime = response.get("expires_in") instanceof Number n ? n.longValue() : 60;
            token = accessToken;
            expiresAt = clock.instant().plusSeconds(Math.max(0, lifetime - MARGIN_SECONDS));
        }
        return token;
    }

    /** After a 401: the token was revoked or the realm's keys rotated. */
    synchronized void forget() {
        token = null;
    }
}
