package org.isec.systemtest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.isec.systemtest.support.Problems.assertProblem;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.ProofLog;
import org.isec.systemtest.support.Settings;
import org.isec.systemtest.support.SystemTest;
import org.isec.systemtest.support.Tokens;
import org.isec.systemtest.support.Users;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Genuine Keycloak tokens the platform must still refuse with {@code 401}: one of another realm (valid signature,
 * wrong issuer), one of this realm without the {@code isec-api} audience, and one that has expired. Each is tried
 * on every service through the gateway and on the service's own port, which must not trust the gateway's check.
 */
@SystemTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TokenDefencesTest {

    /** One read per service that any token with the right issuer, audience and role passes. */
    private static final List<String> READS = List.of("/api/membership/members/me", "/api/marketplace/commissions",
            "/api/advisory/requests", "/api/training/enrollments", "/api/notifications/preferences");
    private static final Map<String, Integer> SERVICE_PORTS = Map.of("membership", 8081, "marketplace", 8082,
            "advisory", 8083, "training", 8084, "notifications", 8085);
    /** Spring's resource servers accept a token up to 60 s past its expiry (clock skew between machines). */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private static String shortLived;
    private static Instant shortLivedExpires;

    @BeforeAll
    static void mintTheTokenThatWillExpire() {
        shortLived = Users.newClientToken("expiring", true, 5);
        shortLivedExpires = Instant.ofEpochSecond(Tokens.claims(shortLived).path("exp").asLong());
    }

    @Test
    @Order(1)
    void aTokenOfAnotherRealmIsRefused() {
        String foreign = Tokens.masterAdmin();
        assertThat(Tokens.claims(foreign).path("iss").asString()).endsWith("/realms/master");
        ProofLog.record("security", "Genuine Keycloak token of another realm (master), every service", everywhere(foreign),
                "401 problem+json everywhere", Map.of("accepted", 0));
    }

    @Test
    @Order(2)
    void aTokenWithoutThePlatformAudienceIsRefused() {
        String noAudience = Users.newClientToken("noaudience", false, null);
        assertThat(Tokens.claims(noAudience).path("aud").toString()).doesNotContain("isec-api");
        ProofLog.record("security", "Token of this realm without the isec-api audience, every service", everywhere(noAudience),
                "401 problem+json everywhere", Map.of("accepted", 0));
    }

    @Test
    @Order(3)
    void theShortLivedTokenWorksUntilItExpiresAndIsRefusedAfter() {
        // The same client's token with the audience is accepted while valid: the refusals above are about issuer
        // and audience, not about the client being new.
        if (Instant.now().isBefore(shortLivedExpires)) {
            assertThat(Api.withToken(shortLived).get("/api/training/courses").status()).isNotIn(401, 403);
        }
        Instant refusedFrom = shortLivedExpires.plus(CLOCK_SKEW).plusSeconds(2);
        await("the token's expiry plus the clock skew").atMost(Duration.between(Instant.now(), refusedFrom).plusSeconds(5))
                .pollInterval(Duration.ofSeconds(1)).until(() -> Instant.now().isAfter(refusedFrom));
        ProofLog.record("security", "Expired token (5 s lifespan, tried after the 60 s clock skew), every service",
                everywhere(shortLived), "401 problem+json everywhere", Map.of("accepted", 0));
    }

    /** Tries the token on every service, through the gateway and directly; asserts 401; returns how many tries. */
    private static int everywhere(String token) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        Api caller = Api.withToken(token);
        for (String path : READS) {
            ApiResponse viaGateway = caller.get(path);
            assertProblem(viaGateway, 401);
            answers.put("gateway " + path, viaGateway.status());
            String service = path.split("/")[2];
            URI direct = URI.create("http://localhost:" + (SERVICE_PORTS.get(service) + Settings.portOffset()) + path);
            ApiResponse viaService = caller.getAbsolute(direct);
            assertProblem(viaService, 401);
            answers.put("service " + path, viaService.status());
        }
        assertThat(answers).allSatisfy((where, status) -> assertThat(status).as(where).isEqualTo(401));
        return answers.size();
    }
}
