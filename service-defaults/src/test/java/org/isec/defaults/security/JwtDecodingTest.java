package org.isec.defaults.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.isec.defaults.ClosedPorts;
import org.isec.defaults.testapp.TestApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Real RS256 tokens checked against a JWK set served over HTTP, the way Keycloak serves it. */
@SpringBootTest(classes = TestApplication.class, properties = "isec.outbox.enabled=false")
@AutoConfigureMockMvc
class JwtDecodingTest {

    private static final String ISSUER = "http://localhost:8180/realms/isec";
    private static final RSAKey REALM_KEY = key("realm-key");
    private static final RSAKey OTHER_KEY = key("realm-key");
    private static final HttpServer KEYCLOAK = serveJwkSet(REALM_KEY);

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void realm(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://localhost:" + KEYCLOAK.getAddress().getPort() + "/realms/isec/protocol/openid-connect/certs");
        registry.add("isec.security.issuer-uri", () -> ISSUER);
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + ClosedPorts.next());
    }

    @AfterAll
    static void stopKeycloak() {
        KEYCLOAK.stop(0);
    }

    @Test
    void validTokenReachesTheControllerWithItsRolesAndOrganisation() throws Exception {
        String token = sign(REALM_KEY, claims(ISSUER, "isec-api", Instant.now().plusSeconds(300)));
        mvc.perform(get("/api/test/operator").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.operator").value(true));
        mvc.perform(get("/api/test/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("operator"))
                .andExpect(jsonPath("$.orgId").value("org-1"));
    }

    @Test
    void tokenForAnotherAudienceIs401() throws Exception {
        String token = sign(REALM_KEY, claims(ISSUER, "account", Instant.now().plusSeconds(300)));
        mvc.perform(get("/api/test/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Authentication required"));
    }

    @Test
    void tokenFromAnotherIssuerIs401() throws Exception {
        String token = sign(REALM_KEY, claims("http://keycloak:8080/realms/isec", "isec-api",
                Instant.now().plusSeconds(300)));
        mvc.perform(get("/api/test/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void expiredTokenIs401() throws Exception {
        String token = sign(REALM_KEY, claims(ISSUER, "isec-api", Instant.now().minusSeconds(600)));
        mvc.perform(get("/api/test/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void tokenSignedWithAnotherKeyIs401() throws Exception {
        String token = sign(OTHER_KEY, claims(ISSUER, "isec-api", Instant.now().plusSeconds(300)));
        mvc.perform(get("/api/test/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    private static JWTClaimsSet claims(String issuer, String audience, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(List.of(audience))
                .subject("6b0e-operator")
                .issueTime(Date.from(expiresAt.minusSeconds(600)))
                .expirationTime(Date.from(expiresAt))
                .claim("preferred_username", "operator")
                .claim("org_id", "org-1")
                .claim("realm_access", Map.of("roles", List.of("operator", "offline_access")))
                .build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey key(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer serveJwkSet(RSAKey key) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/realms/isec/protocol/openid-connect/certs", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
