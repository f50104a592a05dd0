package org.isec.gateway.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Keycloak-shaped access tokens signed with a test RSA key whose public half the stub serves as JWK set. */
public final class TestTokens {

    public static final String ISSUER = "http://localhost:8180/realms/isec";

    private final RSAKey key;

    public TestTokens() {
        this.key = generate("test-key");
    }

    public String jwkSet() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    /** A valid token for a new user; every call is a different caller for the rate limiter. */
    public String user() {
        return sign(key, claims(UUID.randomUUID().toString()).build());
    }

    public String withAudience(String audience) {
        return sign(key, claims(UUID.randomUUID().toString()).audience(audience).build());
    }

    public String withIssuer(String issuer) {
        return sign(key, claims(UUID.randomUUID().toString()).issuer(issuer).build());
    }

    public String expired() {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        return sign(key, claims(UUID.randomUUID().toString())
                .issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(300))).build());
    }

    public String signedByAnotherKey() {
        return sign(generate("test-key"), claims(UUID.randomUUID().toString()).build());
    }

    private static JWTClaimsSet.Builder claims(String subject) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .audience(List.of("isec-api", "account"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("azp", "isec-web")
                .claim("preferred_username", "user-" + subject.substring(0, 8))
                .claim("realm_access", Map.of("roles", List.of("member")));
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
