package org.isec.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.isec.gateway.support.GatewayTestBase;
import org.isec.gateway.support.StubBackend.Seen;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class RoutingTest extends GatewayTestBase {

    @Test
    void forwardsToTheServiceWithPathAndTokenUnchanged() {
        String token = TOKENS.user();
        String path = "/api/marketplace/commissions/" + UUID.randomUUID();

        client.get().uri(path + "?status=OPEN").header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo(path);

        Seen seen = BACKEND.seen(path).getFirst();
        assertThat(seen.header(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer(token));
    }

    @Test
    void everyServiceHasItsRoute() {
        for (String prefix : new String[] {"/api/membership", "/api/marketplace", "/api/training",
                "/api/notifications"}) {
            String path = prefix + "/probe/" + UUID.randomUUID();
            client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.user()))
                    .exchange()
                    .expectStatus().isOk();
            assertThat(BACKEND.seen(path)).as(prefix).hasSize(1);
        }
    }

    @Test
    void tellsTheServiceWhereTheClientCameInAndDropsHopByHopHeaders() {
        String path = "/api/membership/members/" + UUID.randomUUID();

        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.user()))
                .header("Keep-Alive", "timeout=5")
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .exchange()
                .expectStatus().isOk();

        Seen seen = BACKEND.seen(path).getFirst();
        assertThat(seen.header("X-Forwarded-Host")).startsWith("localhost:");
        assertThat(seen.header("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(seen.header("Keep-Alive")).isNull();
        assertThat(seen.header("Proxy-Authorization")).isNull();
    }

    @Test
    void givesEveryForwardedRequestACorrelationIdAndEchoesIt() {
        String path = "/api/membership/members/" + UUID.randomUUID();

        String echoed = client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.user()))
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Correlation-Id");

        assertThat(echoed).isNotBlank();
        assertThat(BACKEND.seen(path).getFirst().header("X-Correlation-Id")).isEqualTo(echoed);
    }

    @Test
    void keepsTheCallersCorrelationId() {
        String path = "/api/membership/members/" + UUID.randomUUID();

        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.user()))
                .header("X-Correlation-Id", "client-chosen-42")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Correlation-Id", "client-chosen-42");

        assertThat(BACKEND.seen(path).getFirst().header("X-Correlation-Id")).isEqualTo("client-chosen-42");
    }

    @Test
    void forwardsTheBodyOfAWrite() {
        String path = "/api/marketplace/commissions/" + UUID.randomUUID();

        client.post().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.user()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"Catering per 200 persone\"}")
                .exchange()
                .expectStatus().isOk();

        assertThat(BACKEND.seen(path).getFirst().body()).isEqualTo("{\"title\":\"Catering per 200 persone\"}");
    }

    @Test
    void retriesAGetThatMetABadGateway() {
        String path = "/api/notifications/flaky/" + UUID.randomUUID();

        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.user()))
                .exchange()
                .expectStatus().isOk();

        assertThat(BACKEND.seen(path)).hasSize(2);
    }

    @Test
    void neverRetriesAWrite() {
        String path = "/api/notifications/flaky/" + UUID.randomUUID();

        client.post().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.user()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(502);

        assertThat(BACKEND.seen(path)).hasSize(1);
    }

    @Test
    void relaysAServiceErrorWithoutRetryingIt() {
        String path = "/api/notifications/broken/" + UUID.randomUUID();

        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.user()))
                .exchange()
                .expectStatus().isEqualTo(500)
                .expectBody().jsonPath("$.error").isEqualTo("broken");

        assertThat(BACKEND.seen(path)).hasSize(1);
    }

    @Test
    void unknownRouteIsANotFoundProblem() {
        client.get().uri("/api/nowhere/things").header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.user()))
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.title").isEqualTo("Not found")
                .jsonPath("$.detail").isEqualTo("There is no endpoint GET /api/nowhere/things.")
                .jsonPath("$.instance").isEqualTo("/api/nowhere/things");
    }

    @Test
    void problemsSpeakItalianWhenAskedTo() {
        client.get().uri("/not-an-api").header(HttpHeaders.ACCEPT_LANGUAGE, "it-IT,it;q=0.9,en;q=0.8")
                .exchange()
                .expectStatus().isNotFound()
                .expectBody()
                .jsonPath("$.title").isEqualTo("Risorsa non trovata")
                .jsonPath("$.detail").isEqualTo("Non esiste l'endpoint GET /not-an-api.");
    }
}
