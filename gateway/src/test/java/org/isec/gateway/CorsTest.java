package org.isec.gateway;

import org.isec.gateway.support.GatewayTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class CorsTest extends GatewayTestBase {

    @Test
    void preflightFromAConfiguredOriginIsAllowedWithoutAToken() {
        client.options().uri("/api/marketplace/commissions")
                .header(HttpHeaders.ORIGIN, "http://localhost:5173")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
                        methods -> org.assertj.core.api.Assertions.assertThat(methods).contains("POST"));
    }

    @Test
    void preflightFromAnotherOriginIsAForbiddenProblem() {
        client.options().uri("/api/marketplace/commissions")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("Origin https://evil.example is not allowed to call this API.");
    }

    @Test
    void actualRequestFromAConfiguredOriginCarriesTheCorsHeaders() {
        client.get().uri("/api/membership/charter")
                .header(HttpHeaders.ORIGIN, "http://localhost:3000")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:3000")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        exposed -> org.assertj.core.api.Assertions.assertThat(exposed).contains("Retry-After"));
    }
}
