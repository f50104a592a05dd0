package org.isec.systemtest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.isec.systemtest.support.Problems.assertProblem;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.Json;
import org.isec.systemtest.support.Members;
import org.isec.systemtest.support.Members.Member;
import org.isec.systemtest.support.Platform;
import org.isec.systemtest.support.ProofLog;
import org.isec.systemtest.support.SystemTest;
import org.isec.systemtest.support.Users;
import org.junit.jupiter.api.Test;

/**
 * What the gateway refuses before any service sees it: a caller going faster than the rate limit ({@code 429} with
 * {@code Retry-After}, others unaffected) and a body over the size limit ({@code 413}, also when it comes chunked
 * without a length) — each as problem+json, and an oversized write leaves nothing behind.
 */
@SystemTest
class GatewayDefencesTest {

    /** The dev stack's limit is a burst of 40 then 20 per second (ISEC_RATE_LIMIT_*); twice the burst at once. */
    private static final int FLOOD = 80;
    private static final int MAX_BODY = 1024 * 1024;

    @Test
    void aCallerFasterThanTheRateLimitGets429WithRetryAfterAndOthersAreNotSlowedDown() throws Exception {
        Api flooder = Users.create("flood").api();
        List<ApiResponse> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            List<Future<ApiResponse>> calls = new ArrayList<>();
            for (int i = 0; i < FLOOD; i++) {
                calls.add(pool.submit(() -> flooder.get("/api/notifications/preferences")));
            }
            for (Future<ApiResponse> call : calls) {
                answers.add(call.get());
            }
        }
        List<ApiResponse> limited = answers.stream().filter(a -> a.status() == 429).toList();
        assertThat(limited).as("answers 429 among %d calls at once", FLOOD).isNotEmpty();
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isIn(200, 429));
        for (ApiResponse answer : limited) {
            assertProblem(answer, 429);
            assertThat(Integer.parseInt(answer.header("Retry-After"))).as("Retry-After seconds").isBetween(1, 60);
        }
        // Another caller is counted on its own: not limited by the flood.
        assertThat(Api.as("operator").get("/api/notifications/preferences").status()).isEqualTo(200);
        // After Retry-After the flooder is served again.
        Duration retryAfter = Duration.ofSeconds(Integer.parseInt(limited.getFirst().header("Retry-After")));
        await("served again after Retry-After").pollDelay(retryAfter).atMost(retryAfter.plusSeconds(5))
                .until(() -> flooder.get("/api/notifications/preferences").status(), status -> status == 200);

        ProofLog.record("security", "One caller sends " + FLOOD + " requests at once (rate limit: burst 40, 20/s)", FLOOD,
                "429 problem+json with Retry-After past the burst; other callers unaffected",
                Map.of("429", limited.size(), "5xx", answers.stream().filter(a -> a.status() >= 500).count()));
    }

    @Test
    void aBodyOverTheLimitIs413WithOrWithoutContentLengthAndNothingIsSaved() {
        Member buyer = Members.member();
        String title = "Oversized commission " + UUID.randomUUID();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "x".repeat(MAX_BODY + 1024));
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        Api api = buyer.api();

        Map<String, Integer> answers = new LinkedHashMap<>();
        ApiResponse withLength = api.send("POST", Platform.url("/api/marketplace/commissions"), "application/json",
                HttpRequest.BodyPublishers.ofByteArray(bytes));
        assertProblem(withLength, 413);
        answers.put("with Content-Length", withLength.status());
        ApiResponse chunked = api.send("POST", Platform.url("/api/marketplace/commissions"), "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
        assertProblem(chunked, 413);
        answers.put("chunked", chunked.status());

        ApiResponse found = api.get("/api/marketplace/commissions?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
        assertThat(found.body().path("items").size()).as("commissions saved from oversized bodies").isZero();
        ProofLog.record("security", "Body over the 1 MB limit, with Content-Length and chunked", answers.size(),
                "413 problem+json; nothing saved", Map.of("accepted", 0, "saved", 0));
    }
}
