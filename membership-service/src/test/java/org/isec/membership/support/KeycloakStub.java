package org.isec.membership.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the few Keycloak admin endpoints provisioning calls, at the service's outer boundary, so module
 * tests can drive Keycloak outages. It keeps users as Keycloak would (a PUT replaces the representation, so a
 * client that sends back less loses it) and records every request. The real Keycloak is exercised by the
 * system tests.
 */
public final class KeycloakStub implements AutoCloseable {

    public record Request(String method, String path, String body) {
    }

    private static final Pattern USER = Pattern.compile("/admin/realms/isec/users/([^/]+)");
    private static final Map<String, Object> MEMBER_ROLE = Map.of("id", "role-member-id", "name", "member", "composite", false);
    private static final Pattern AVAILABLE_ROLES = Pattern.compile("/admin/realms/isec/users/([^/]+)/role-mappings/realm/available");
    private static final Pattern ROLE_MAPPINGS = Pattern.compile("/admin/realms/isec/users/([^/]+)/role-mappings/realm");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final Map<String, Map<String, Object>> users = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> realmRoles = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile int failWith;

    private KeycloakStub(HttpServer server) {
        this.server = server;
    }

    public static KeycloakStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            KeycloakStub stub = new KeycloakStub(server);
            server.createContext("/", stub::handle);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** A user as created through the admin API: names and a verified e-mail, no attributes. */
    public void addUser(String id) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", id);
        user.put("username", "user-" + id);
        user.put("firstName", "Amina");
        user.put("lastName", "Haddad");
        user.put("email", id + "@example.org");
        user.put("emailVerified", true);
        user.put("enabled", true);
        user.put("requiredActions", List.of());
        users.put(id, user);
        realmRoles.put(id, ConcurrentHashMap.newKeySet());
    }

    public Map<String, Object> user(String id) {
        return users.get(id);
    }

    public Set<String> realmRolesOf(String id) {
        return realmRoles.getOrDefault(id, Set.of());
    }

    @SuppressWarnings("unchecked")
    public List<String> attribute(String id, String name) {
        Object attributes = users.get(id).get("attributes");
        return attributes instanceof Map<?, ?> map ? (List<String>) map.get(name) : null;
    }

    /** Every request answers this status (e.g. 503) until {@link #recover()}. */
    public void failWith(int status) {
        failWith = status;
    }

    public void recover() {
        failWith = 0;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public long requestsFor(String userId) {
        return requests.stream().filter(r -> r.path().contains("/users/" + userId)).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        requests.add(new Request(method, path, body));
        if (failWith != 0) {
            respond(exchange, failWith, null);
            return;
        }
        if (path.equals("/realms/isec/protocol/openid-connect/token")) {
            boolean valid = body.contains("grant_type=client_credentials")
                    && body.contains("client_id=isec-membership-provisioner")
                    && body.contains("client_secret=dev-provisioner-secret");
            respond(exchange, valid ? 200 : 401, valid ? Map.of("access_token", "stub-token", "expires_in", 300)
                    : Map.of("error", "unauthorized_client"));
            return;
        }
        if (!"Bearer stub-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, null);
            return;
        }
        if (path.startsWith("/admin/realms/isec/roles/")) {
            // As in the real realm: manage/view/query-users may not read role definitions.
            respond(exchange, 403, Map.of("error", "unknown_error"));
            return;
        }
        Matcher available = AVAILABLE_ROLES.matcher(path);
        if (available.matches() && method.equals("GET")) {
            String userId = available.group(1);
            if (!users.containsKey(userId)) {
                respond(exchange, 404, Map.of("error", "User not found"));
            } else {
                respond(exchange, 200, realmRoles.get(userId).contains("member") ? List.of() : List.of(MEMBER_ROLE));
            }
            return;
        }
        Matcher mappings = ROLE_MAPPINGS.matcher(path);
        if (mappings.matches()) {
            changeRoles(exchange, method, mappings.group(1), body);
            return;
        }
        Matcher user = USER.matcher(path);
        if (user.matches()) {
            String id = user.group(1);
            if (!users.containsKey(id)) {
                respond(exchange, 404, Map.of("error", "User not found"));
            } else if (method.equals("GET")) {
                respond(exchange, 200, users.get(id));
            } else if (method.equals("PUT")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> representation = JSON.readValue(body, Map.class);
                users.put(id, new LinkedHashMap<>(representation));
                respond(exchange, 204, null);
            } else {
                respond(exchange, 405, null);
            }
            return;
        }
        respond(exchange, 404, null);
    }

    private void changeRoles(HttpExchange exchange, String method, String userId, String body) throws IOException {
        if (!users.containsKey(userId)) {
            respond(exchange, 404, Map.of("error", "User not found"));
            return;
        }
        if (method.equals("GET")) {
            respond(exchange, 200, realmRoles.get(userId).contains("member") ? List.of(MEMBER_ROLE) : List.of());
            return;
        }
        List<?> roles = JSON.readValue(body, List.class);
        List<String> names = new ArrayList<>();
        for (Object role : roles) {
            if (role instanceof Map<?, ?> r && "role-member-id".equals(r.get("id"))) {
                names.add(String.valueOf(r.get("name")));
            } else {
                respond(exchange, 404, Map.of("error", "Role not found"));
                return;
            }
        }
        if (method.equals("POST")) {
            realmRoles.get(userId).addAll(names);
        } else if (method.equals("DELETE")) {
            names.forEach(realmRoles.get(userId)::remove);
        }
        respond(exchange, 204, null);
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            byte[] bytes = JSON.writeValueAsBytes(body);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
