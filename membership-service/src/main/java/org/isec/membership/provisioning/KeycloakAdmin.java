package org.isec.membership.provisioning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * The few Keycloak admin REST calls provisioning needs. Each operation is idempotent: granting a role the user
 * has, or removing one it lacks, is accepted by Keycloak and changes nothing.
 */
class KeycloakAdmin {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() { };

    private final RestClient http;
    private final ServiceAccountToken token;
    private final KeycloakProperties keycloak;

    KeycloakAdmin(RestClient http, ServiceAccountToken token, KeycloakProperties keycloak) {
        this.http = http;
        this.token = token;
        this.keycloak = keycloak;
    }

    /** Realm role {@code member} and attribute {@code org_id} = the member id. */
    void grantMember(String userId, String orgId) {
        setOrgAttribute(userId, orgId);
        changeRealmRole(HttpMethod.POST, userId);
    }

    /** Removes the role; {@code org_id} stays, so the user still acts for the organisation (e.g. to re-accept). */
    void revokeMember(String userId) {
        changeRealmRole(HttpMethod.DELETE, userId);
    }

    private void setOrgAttribute(String userId, String orgId) {
        Map<String, Object> user = call(() -> http.get()
                .uri("/admin/realms/{realm}/users/{id}", keycloak.realm(), userId)
                .headers(h -> h.setBearerAuth(token.get()))
                .retrieve().body(JSON_OBJECT), userId);
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (user.get("attributes") instanceof Map<?, ?> existing) {
            existing.forEach((k, v) -> attributes.put(String.valueOf(k), v));
        }
        if (List.of(orgId).equals(attributes.get(keycloak.orgAttribute()))) {
            return;
        }
        attributes.put(keycloak.orgAttribute(), List.of(orgId));
        // PUT replaces the representation: send back everything Keycloak gave us (names, e-mail, verified flag),
        // or the user would lose them and face a required action at the next login.
        Map<String, Object> updated = new LinkedHashMap<>(user);
        updated.put("attributes", attributes);
        call(() -> http.put()
                .uri("/admin/realms/{realm}/users/{id}", keycloak.realm(), userId)
                .headers(h -> h.setBearerAuth(token.get()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(updated)
                .retrieve().toBodilessEntity(), userId);
    }

    private void changeRealmRole(HttpMethod method, String userId) {
        // The provisioner holds only manage/view/query-users, which cannot read /roles/{name}; the user's own
        // role-mapping lists can be read, and they hold the role's id: "available" to grant, current to revoke.
        String list = method == HttpMethod.DELETE ? "" : "/available";
        List<Map<String, Object>> roles = call(() -> http.get()
                .uri("/admin/realms/{realm}/users/{id}/role-mappings/realm" + list, keycloak.realm(), userId)
                .headers(h -> h.setBearerAuth(token.get()))
                .retrieve().body(JSON_LIST), userId);
        var role = roles.stream().filter(r -> keycloak.memberRole().equals(r.get("name"))).findFirst();
        if (role.isEmpty()) {
            return; // already granted (not "available") or already revoked (not mapped): nothing to change
        }
        Map<String, Object> reference = Map.of("id", role.get().get("id"), "name", role.get().get("name"));
        call(() -> http.method(method)
                .uri("/admin/realms/{realm}/users/{id}/role-mappings/realm", keycloak.realm(), userId)
                .headers(h -> h.setBearerAuth(token.get()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ArrayList<>(List.of(reference)))
                .retrieve().toBodilessEntity(), userId);
    }

    private <T> T call(java.util.function.Supplier<T> request, String userId) {
        try {
            T result = request.get();
            if (result == null) {
                throw new IllegalStateException("Keycloak answered without a body");
            }
            return result;
        } catch (HttpClientErrorException.NotFound e) {
            if (userId != null) {
                throw new KeycloakUserNotFound(userId);
            }
            throw e;
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.UNAUTHORIZED) {
                token.forget();
            }
            throw e;
        }
    }
}
