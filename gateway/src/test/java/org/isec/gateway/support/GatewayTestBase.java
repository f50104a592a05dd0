package org.isec.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The real gateway on a random port in front of {@link StubBackend}: membership, marketplace, training and
 * notification route to the stub, advisory to a port nobody listens on; training
 * has its own time limit of 4 s (the others keep the 10 s default). Tokens are checked against the stub's
 * JWK set, i.e. the same validation path as with Keycloak. Every test class extending this shares one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "isec.gateway.max-request-size=1KB",
        "isec.gateway.rate-limit.burst=10",
        "isec.gateway.rate-limit.replenish-per-second=0.001",
        "isec.gateway.resilience.timeouts.training=4s",
        "isec.gateway.resilience.timeouts.notification=3s",
        "isec.gateway.cors.allowed-origins=http://localhost:3000,http://localhost:5173"})
// Generous: CI shares two cores with Kafka and Keycloak; a slow answer is not what these tests judge.
@AutoConfigureWebTestClient(timeout = "PT60S")
public abstract class GatewayTestBase {

    protected static final TestTokens TOKENS = new TestTokens();
    protected static final StubBackend BACKEND = new StubBackend(TOKENS.jwkSet());

    @Autowired
    protected WebTestClient client;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("KEYCLOAK_JWK_SET_URI", () -> BACKEND.url() + "/jwks");
        registry.add("KEYCLOAK_ISSUER_URI", () -> TestTokens.ISSUER);
        registry.add("MEMBERSHIP_URL", BACKEND::url);
        registry.add("MARKETPLACE_URL", BACKEND::url);
        registry.add("ADVISORY_URL", () -> "http://localhost:" + closedPort());
        registry.add("TRAINING_URL", BACKEND::url);
        registry.add("NOTIFICATION_URL", BACKEND::url);
    }

    protected static String bearer(String token) {
        return "Bearer " + token;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
