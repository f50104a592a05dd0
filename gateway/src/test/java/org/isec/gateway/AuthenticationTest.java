package org.isec.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.isec.gateway.support.GatewayTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class AuthenticationTest extends GatewayTestBase {

    @Test
    void protectedPathWithoutTokenIsAnUnauthorizedProblem() {
        String path = "/api/marketplace/commissions/" + UUID.randomUUID();

        client.get().uri(path)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.title").isEqualTo("Authentication required")
                .jsonPath("$.instance").isEqualTo(path)
                .jsonPath("$.correlationId").isNotEmpty();

        assertThat(BACKEND.seen(path)).isEmpty();
    }

    @Test
    void refusesATokenForAnotherAudience() {
        assertInvalidToken(TOKENS.withAudience("account"));
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        assertInvalidToken(TOKENS.withIssuer("http://localhost:9999/realms/isec"));
    }

    @Test
    void refusesAnExpiredToken() {
        assertInvalidToken(TOKENS.expired());
    }

    @Test
    void refusesATokenNotSignedByTheRealm() {
        assertInvalidToken(TOKENS.signedByAnotherKey());
    }

    @Test
    void charterIsPublic() {
        client.get().uri("/api/membership/charter?lang=it")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo("/api/membership/charter");
    }

    @Test
    void certificateVerificationIsPublic() {
        client.get().uri("/api/training/certificates/ISEC-7F3K-2Q9M")
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void everyServiceOpenApiDocumentIsPublic() {
        client.get().uri("/api/notifications/v3/api-docs")
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void writingToThePublicCharterPathNeedsAToken() {
        client.post().uri("/api/membership/charter").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void healthIsPublic() {
        client.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void fallbackEndpointsAreNotReachableFromOutside() {
        client.get().uri("/fallback/marketplace").header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.user()))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void assertInvalidToken(String token) {
        String path = "/api/marketplace/commissions/" + UUID.randomUUID();
        WebTestClient.ResponseSpec response = client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange();
        response.expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectBody().jsonPath("$.detail").isEqualTo("The bearer token is invalid or expired.");
        assertThat(BACKEND.seen(path)).isEmpty();
    }
}
