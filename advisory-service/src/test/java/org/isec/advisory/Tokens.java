package org.isec.advisory;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.isec.defaults.security.KeycloakJwtConverter;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Access tokens as Keycloak issues them: realm roles in {@code realm_access}, the organisation in {@code org_id}. */
public final class Tokens {

    private Tokens() {
    }

    public static RequestPostProcessor member(String orgId) {
        return member(orgId, userOf(orgId));
    }

    public static RequestPostProcessor member(String orgId, String userId) {
        return jwt().jwt(j -> j.subject(userId).claim("org_id", orgId)
                        .claim("realm_access", Map.of("roles", List.of("member"))))
                .authorities(KeycloakJwtConverter::authorities);
    }

    public static RequestPostProcessor operator() {
        return role(UUID.randomUUID().toString(), "operator");
    }

    public static RequestPostProcessor advisor(String userId) {
        return role(userId, "advisor");
    }

    private static RequestPostProcessor role(String userId, String role) {
        return jwt().jwt(j -> j.subject(userId).claim("realm_access", Map.of("roles", List.of(role))))
                .authorities(KeycloakJwtConverter::authorities);
    }

    /** Keycloak user ids are UUIDs; one stable user per test organisation. */
    public static String userOf(String orgId) {
        return UUID.nameUUIDFromBytes(orgId.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
