package org.isec.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.isec.gateway.support.GatewayTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

/** Limits in this context: 1 KB bodies, bursts of 10 requests per caller, practically no refill. */
class LimitsTest extends GatewayTestBase {

    @Test
    void bodyOverTheLimitIsAPayloadTooLargeProblem() {
        String path = "/api/marketplace/commissions/" + UUID.randomUUID();

        client.post().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.user()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"description\":\"" + "x".repeat(2000) + "\"}")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(413)
                .jsonPath("$.detail").isEqualTo("The request body is larger than 1,024 bytes.");

        assertThat(BACKEND.seen(path)).isEmpty();
    }

    @Test
    void chunkedBodyOverTheLimitIsAPayloadTooLargeProblem() {
        String path = "/api/marketplace/commissions/" + UUID.randomUUID();
        Flux<DataBuffer> chunks = Flux.range(0, 8).map(i -> DefaultDataBufferFactory.sharedInstance
                .wrap("y".repeat(256).getBytes(StandardCharsets.UTF_8)));

        client.post().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.user()))
                .contentType(MediaType.APPLICATION_JSON).body(BodyInserters.fromDataBuffers(chunks))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void bodyWithinTheLimitPasses() {
        client.post().uri("/api/marketplace/commissions/" + UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.user()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"description\":\"" + "x".repeat(900) + "\"}")
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void callerOverItsRateIsATooManyRequestsProblemWithRetryAfter() {
        String token = TOKENS.user();
        for (int i = 0; i < 10; i++) {
            client.get().uri("/api/marketplace/commissions").header(HttpHeaders.AUTHORIZATION, bearer(token))
                    .exchange()
                    .expectStatus().isOk();
        }

        client.get().uri("/api/marketplace/commissions").header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                // At 0.001 tokens/s the next token is up to 1000 s away, a little less as the test runs.
                .expectHeader().value(HttpHeaders.RETRY_AFTER,
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 1000L))
                .expectBody()
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.title").isEqualTo("Too many requests");
    }

    @Test
    void anotherCallerIsNotSlowedDownByTheFirst() {
        String greedy = TOKENS.user();
        for (int i = 0; i < 11; i++) {
            client.get().uri("/api/marketplace/commissions").header(HttpHeaders.AUTHORIZATION, bearer(greedy))
                    .exchange();
        }

        client.get().uri("/api/marketplace/commissions").header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.user()))
                .exchange()
                .expectStatus().isOk();
    }
}
