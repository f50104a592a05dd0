package org.isec.systemtest.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * Real access tokens from the realm {@code isec}: demo users through the public {@code isec-cli}
 * client (password grant, dev realm only) and the partner demo client (client credentials).
 * Tokens are reused until shortly before they expire.
 */
public final class Tokens {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);

    private Tokens() {
    }

    private record Cached(String accessToken, Instant renewAt) {
    }

    /** A token of a demo user; the dev password is {@code dev-<username>} (see CONVENTIONS). */
    public static String forUser(String username) {
        return forUser(username, "dev-" + username);
    }

    public static String forUser(String username, String password) {
        return cached("user:" + username, () -> request(Map.of(
                "grant_type", "password",
                "client_id", "isec-cli",
                "username", username,
                "password", password,
                "scope", "openid")));
    }

    /** A token of the partner demo client {@code isec-partner-demo}. */
    public static String forPartner() {
        return cached("client:isec-partner-demo", () -> request(Map.of(
                "grant_type", "client_credentials",
                "client_id", "isec-partner-demo",
                "client_secret", System.getProperty("isec.partner.secret", "dev-partner-secret"))));
    }

    /** A token of the master realm's administrator (admin-cli), for the Keycloak admin API. */
    static String forAdmin(String username, String password) {
        return cached("admin:" + username, () -> request(URI.create(Settings.keycloakUrl() + "/realms/master/protocol/openid-connect/token"),
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", username, "password", password)));
    }

    /**
     * The master realm administrator's token: for Keycloak's admin API, and a genuine Keycloak token of another
     * realm (right server, valid signature, wrong issuer) that the platform must refuse.
     */
    public static String masterAdmin() {
        return forAdmin(System.getProperty("isec.keycloak.admin", "admin"),
                System.getProperty("isec.keycloak.adminPassword", "admin"));
    }

    /** Forgets cached tokens, e.g. to see a user's roles changed in Keycloak. */
    public static void forget(String username) {
        CACHE.remove("user:" + username);
    }

    /** The claims of a JWT, decoded but not verified: the services verify, the tests only read. */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a JWT: " + jwt);
        }
        return Json.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    /** The raw token endpoint answer, for tests about failed logins. */
    public static HttpResponse<String> tokenEndpoint(Map<String, String> form) {
        return tokenEndpoint(tokenUri(), form);
    }

    private static HttpResponse<String> tokenEndpoint(URI tokenUri, Map<String, String> form) {
        try {
            HttpRequest request = HttpRequest.newBuilder(tokenUri)
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("token endpoint " + tokenUri + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String cached(String key, Supplier<JsonNode> request) {
        Cached hit = CACHE.get(key);
        if (hit != null && Instant.now().isBefore(hit.renewAt())) {
            return hit.accessToken();
        }
        JsonNode answer = request.get();
        Instant renewAt = Instant.now()
                .plusSeconds(answer.path("expires_in").asLong(60))
                .minus(RENEW_BEFORE_EXPIRY);
        Cached fresh = new Cached(answer.path("access_token").asString(), renewAt);
        CACHE.put(key, fresh);
        return fresh.accessToken();
    }

    private static JsonNode request(Map<String, String> form) {
        return request(tokenUri(), form);
    }

    private static JsonNode request(URI tokenUri, Map<String, String> form) {
        HttpResponse<String> response = tokenEndpoint(tokenUri, form);
        if (response.statusCode() != 200) {
            Map<String, String> shown = new TreeMap<>(form);
            shown.replaceAll((k, v) -> k.contains("secret") || k.equals("password") ? "***" : v);
            throw new IllegalStateException("Keycloak refused a token for " + shown + ": " + response.statusCode()
                    + " " + response.body());
        }
        return Json.parse(response.body());
    }

    private static URI tokenUri() {
        return URI.create(Settings.keycloakUrl() + "/realms/isec/protocol/openid-connect/token");
    }

    private static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
