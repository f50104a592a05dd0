package org.isec.systemtest.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fresh people in the realm {@code isec}, made through Keycloak's admin API as an administrator would,
 * so every test has users nobody else touched: the platform's data outlives a test and one user may
 * apply for only one organisation. The admin login is the labelled dev default {@code admin}/{@code admin}
 * unless {@code -Disec.keycloak.admin} / {@code -Disec.keycloak.adminPassword} say otherwise.
 */
public final class Users {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Users() {
    }

    /** A person who can sign in; {@code id} is their Keycloak user id (the {@code sub} of their tokens). */
    public record User(String id, String username, String password, String email) {

        /** Calls the platform as this user, with a token fetched now (a new token shows roles granted since). */
        public Api api() {
            Tokens.forget(username);
            String token = Tokens.forUser(username, password);
            return Api.withToken(token);
        }

        public String token() {
            Tokens.forget(username);
            try {
                return Tokens.forUser(username, password);
            } catch (IllegalStateException refused) {
                throw new IllegalStateException(refused.getMessage() + "; " + keycloakState(), refused);
            }
        }

        /** What Keycloak holds about this user, for a refused sign-in: is it there, enabled, locked out? */
        public String keycloakState() {
            try {
                HttpResponse<String> user = send("GET", "/admin/realms/isec/users/" + id, null);
                HttpResponse<String> lockout = send("GET", "/admin/realms/isec/attack-detection/brute-force/users/" + id, null);
                return "Keycloak has user " + id + ": " + user.statusCode() + " "
                        + (user.statusCode() == 200 ? "enabled=" + Json.parse(user.body()).path("enabled") : user.body())
                        + ", brute-force state: " + lockout.statusCode() + " " + lockout.body();
            } catch (RuntimeException e) {
                return "Keycloak's view of user " + id + " unavailable: " + e.getMessage();
            }
        }
    }

    /** A new user with a verified e-mail and no role; {@code hint} makes logs readable (e.g. "amina"). */
    public static User create(String hint) {
        String username = "st-" + hint.toLowerCase().replaceAll("[^a-z0-9]", "") + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        String email = username + "@isec.example";
        HttpResponse<String> created = send("POST", "/admin/realms/isec/users", Json.write(Map.of(
                "username", username,
                "email", email,
                "emailVerified", true,
                "firstName", hint,
                "lastName", "Test",
                "enabled", true,
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)))));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak did not create " + username + ": " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        return new User(location.substring(location.lastIndexOf('/') + 1), username, password, email);
    }

    /**
     * Gives {@code user} a realm role ({@code advisor}, {@code trainer}, {@code operator}…), as an administrator
     * would in the console; the user's next token carries it.
     */
    public static void grantRealmRole(User user, String role) {
        grantRealmRole(user.id(), role);
    }

    private static void grantRealmRole(String userId, String role) {
        HttpResponse<String> found = send("GET", "/admin/realms/isec/roles/" + role, null);
        if (found.statusCode() != 200) {
            throw new IllegalStateException("Keycloak has no realm role " + role + ": " + found.statusCode() + " " + found.body());
        }
        HttpResponse<String> granted = send("POST", "/admin/realms/isec/users/" + userId + "/role-mappings/realm",
                "[" + found.body() + "]");
        if (granted.statusCode() != 204) {
            throw new IllegalStateException("Keycloak did not grant " + role + " to user " + userId + ": "
                    + granted.statusCode() + " " + granted.body());
        }
    }

    /**
     * A client-credentials token of a new confidential client of the realm, made as an administrator would in the
     * console: with or without the {@code isec-api} audience mapper every platform client has, and optionally with
     * its own access-token lifespan (seconds).
     */
    public static String newClientToken(String hint, boolean isecAudience, Integer lifespanSeconds) {
        return newClient(hint, isecAudience, lifespanSeconds, null);
    }

    /** A token of a second partner organisation's client, set up as the demo partner's: audience and role partner. */
    public static String newPartnerToken(String hint) {
        return newClient(hint, true, null, "partner");
    }

    private static String newClient(String hint, boolean isecAudience, Integer lifespanSeconds, String role) {
        String clientId = "st-" + hint + "-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = "st-secret-" + UUID.randomUUID();
        Map<String, Object> client = new java.util.LinkedHashMap<>();
        client.put("clientId", clientId);
        client.put("secret", secret);
        client.put("publicClient", false);
        client.put("serviceAccountsEnabled", true);
        client.put("standardFlowEnabled", false);
        client.put("directAccessGrantsEnabled", false);
        if (lifespanSeconds != null) {
            client.put("attributes", Map.of("access.token.lifespan", lifespanSeconds.toString()));
        }
        if (isecAudience) {
            client.put("protocolMappers", List.of(Map.of("name", "isec-api audience", "protocol", "openid-connect",
                    "protocolMapper", "oidc-audience-mapper",
                    "config", Map.of("included.custom.audience", "isec-api", "access.token.claim", "true"))));
        }
        HttpResponse<String> created = send("POST", "/admin/realms/isec/clients", Json.write(client));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak did not create client " + clientId + ": " + created.statusCode()
                    + " " + created.body());
        }
        if (role != null) {
            String location = created.headers().firstValue("Location").orElseThrow();
            String clientUuid = location.substring(location.lastIndexOf('/') + 1);
            HttpResponse<String> account = send("GET", "/admin/realms/isec/clients/" + clientUuid + "/service-account-user", null);
            if (account.statusCode() != 200) {
                throw new IllegalStateException("no service account for " + clientId + ": " + account.statusCode());
            }
            grantRealmRole(Json.parse(account.body()).path("id").asString(), role);
        }
        HttpResponse<String> token = Tokens.tokenEndpoint(Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret));
        if (token.statusCode() != 200) {
            throw new IllegalStateException("no token for " + clientId + ": " + token.statusCode() + " " + token.body());
        }
        return Json.parse(token.body()).path("access_token").asString();
    }

    public static ApiResponse representation(String userId) {
        HttpResponse<String> answer = send("GET", "/admin/realms/isec/users/" + userId, null);
        return new ApiResponse("GET", URI.create(Settings.keycloakUrl() + "/admin/realms/isec/users/" + userId),
                answer.statusCode(), answer.headers(), answer.body());
    }

    private static HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Settings.keycloakUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken())
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak admin API unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String adminToken() {
        return Tokens.masterAdmin();
    }
}
