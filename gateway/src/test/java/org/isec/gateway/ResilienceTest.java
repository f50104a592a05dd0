package org.isec.gateway;

import org.isec.gateway.support.GatewayTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** advisory points at a closed port; training has a 4 s time limit in this context. */
class ResilienceTest extends GatewayTestBase {

    @Test
    void stoppedServiceIsAServiceUnavailableProblemNamingIt() {
        client.get().uri("/api/advisory/requests").header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.user()))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Service unavailable")
                .jsonPath("$.detail").isEqualTo("The advisory service is not answering; try again shortly.")
                .jsonPath("$.instance").isEqualTo("/api/advisory/requests");
    }

    @Test
    void writeToAStoppedServiceIsAServiceUnavailableProblemToo() {
        client.post().uri("/api/advisory/requests").header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.user()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"area\":\"FINANCE\"}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void slowAnswerWithinTheTimeLimitGetsThrough() {
        // Resilience4j's own default limit is 1 s: passing proves the configured limit is the one in force.
        client.get().uri("/api/training/slow/courses").header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.user()))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void serviceThatDoesNotAnswerInTimeIsAGatewayTimeoutProblem() {
        client.get().uri("/api/training/hang/courses").header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.user()))
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Gateway timeout")
                .jsonPath("$.detail").isEqualTo("The training service did not answer within 4 seconds; try again shortly.");
    }

    @Test
    void inboxStreamOutlivesTheNotificationTimeLimit() {
        // notification has a 3 s limit in this context; the stream's first event comes after 4 s
        client.get().uri("/api/notifications/inbox/stream").header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.user()))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("event: notification"));
    }
}
