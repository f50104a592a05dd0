package org.isec.defaults.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class TokenValidationTest {

    private static final String ISSUER = "http://localhost:8180/realms/isec";
    private final OAuth2TokenValidator<Jwt> validator =
            IsecSecurityAutoConfiguration.validator(new SecurityProperties(ISSUER, "isec-api", List.of()));

    @Test
    void acceptsATokenFromTheRealmForTheApi() {
        assertThat(validator.validate(token(ISSUER, List.of("isec-api", "account"), Instant.now().plusSeconds(60)))
                .hasErrors()).isFalse();
    }

    @Test
    void refusesAnotherIssuer() {
        assertThat(validator.validate(token("http://evil.example/realms/isec", List.of("isec-api"),
                Instant.now().plusSeconds(60))).hasErrors()).isTrue();
    }

    @Test
    void refusesATokenForAnotherAudience() {
        assertThat(validator.validate(token(ISSUER, List.of("account"), Instant.now().plusSeconds(60))).hasErrors())
                .isTrue();
    }

    @Test
    void refusesAnExpiredToken() {
        assertThat(validator.validate(token(ISSUER, List.of("isec-api"), Instant.now().minusSeconds(600))).hasErrors())
                .isTrue();
    }

    @Test
    void realmRolesMapToUpperCaseRoleAuthorities() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256")
                .claim("realm_access", Map.of("roles", List.of("operator", "default-roles-isec"))).build();
        assertThat(KeycloakJwtConverter.authorities(jwt)).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_OPERATOR", "ROLE_DEFAULT-ROLES-ISEC");
        assertThat(new KeycloakJwtConverter().convert(jwt).getAuthorities()).hasSize(2);
    }

    @Test
    void tokenWithoutRealmRolesHasNoAuthorities() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("client").build();
        assertThat(KeycloakJwtConverter.authorities(jwt)).isEmpty();
    }

    private static Jwt token(String issuer, List<String> audience, Instant expiresAt) {
        return Jwt.withTokenValue("t").header("alg", "RS256").issuer(issuer).audience(audience).subject("user-1")
                .issuedAt(expiresAt.minusSeconds(300)).expiresAt(expiresAt).build();
    }
}
