package org.isec.defaults.web;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.isec.defaults.ClosedPorts;
import org.isec.defaults.testapp.TestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service whose MongoDB, Kafka and Keycloak are all unreachable still starts, says it is alive but not ready,
 * and answers every request with a problem instead of hanging or leaking a stack trace.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"isec.security.public-paths=/api/test/**", "management.endpoint.health.show-components=always"})
class DeadInfrastructureTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void nothingIsRunning(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + ClosedPorts.next());
        registry.add("spring.mongodb.database", () -> "dead");
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + ClosedPorts.next());
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + ClosedPorts.next() + "/certs");
    }

    @Test
    void aliveButNotReadyWhileMongoIsDown() throws Exception {
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(json(readiness).at("/components/mongo/status").asString()).isEqualTo("DOWN");
    }

    @Test
    void readingFromADeadMongoIsA503Problem() throws Exception {
        HttpResponse<String> response = get("/api/test/members/m-1");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(json(response).get("title").asString()).isEqualTo("Service unavailable");
    }

    @Test
    void writingToADeadMongoIsA503Problem() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/test/members"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void errorsOutsideControllersAreProblemsToo() throws Exception {
        HttpResponse<String> teapot = get("/api/test/teapot");
        assertThat(teapot.statusCode()).isEqualTo(418);
        assertThat(teapot.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(teapot).get("status").asInt()).isEqualTo(418);
        assertThat(json(teapot).get("instance").asString()).isEqualTo("/api/test/teapot");

        HttpResponse<String> exploding = get("/api/test/exploding");
        assertThat(exploding.statusCode()).isEqualTo(500);
        assertThat(exploding.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(exploding.body()).doesNotContain("internal detail").doesNotContain("ServletException");
        String correlationId = exploding.headers().firstValue(CorrelationId.HEADER).orElseThrow();
        assertThat(json(exploding).get("detail").asString()).contains(correlationId);
    }

    @Test
    void openApiDocumentIsPublicAtTheServicePathAndDoesNotAskForTheCaller() throws Exception {
        HttpResponse<String> docs = get("/api/test/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode me = json(docs).at("/paths/~1api~1test~1me/get");
        assertThat(me.isMissingNode()).isFalse();
        assertThat(me.path("parameters").toString()).doesNotContain("caller");
    }

    @Test
    void chunkedBodyOverTheLimitIs413() throws Exception {
        // Valid JSON as far as it goes, so only its size can stop it.
        InputStream endless = new InputStream() {
            private final byte[] start = "{\"pad\": \"".getBytes();
            private long sent;

            @Override
            public int read() {
                long at = sent++;
                return at < start.length ? start[(int) at] : at < 1_000_000 ? 'x' : -1;
            }
        };
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/test/echo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aTokenThatCannotBeCheckedWhileKeycloakIsDownIsA503() throws Exception {
        // Well-formed RS256 token; its keys cannot be fetched.
        String token = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIn0."
                + "eyJzdWIiOiJ1c2VyLTEiLCJpc3MiOiJodHRwOi8vbG9jYWxob3N0OjgxODAvcmVhbG1zL2lzZWMifQ.c2lnbmF0dXJl";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

}
