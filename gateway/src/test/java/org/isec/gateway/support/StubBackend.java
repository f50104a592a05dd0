package org.isec.gateway.support;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.handler.codec.http.HttpResponseStatus;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A real HTTP server standing in for the services and Keycloak's JWK endpoint, recording what reached it.
 * <ul>
 *   <li>{@code /jwks} — the test key set;</li>
 *   <li>{@code …/hang/…} — never answers;</li>
 *   <li>{@code …/slow/…} — answers after 1.5 s;</li>
 *   <li>{@code …/inbox/stream} — a Server-Sent Events stream whose first event comes after 4 s;</li>
 *   <li>{@code …/flaky/…} — 502 the first time a path is called, 200 afterwards;</li>
 *   <li>{@code …/broken/…} — always 500;</li>
 *   <li>anything else — 200 with a small JSON body.</li>
 * </ul>
 */
public final class StubBackend implements AutoCloseable {

    public record Seen(String method, String path, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(",", e.getValue())).findFirst().orElse(null);
        }
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final String jwks;
    private final DisposableServer server;

    public StubBackend(String jwks) {
        this.jwks = jwks;
        this.server = HttpServer.create().host("localhost").port(0).handle(this::handle).bindNow();
    }

    public String url() {
        return "http://localhost:" + server.port();
    }

    /** Requests that reached the backend for exactly this path. */
    public List<Seen> seen(String path) {
        return seen.stream().filter(s -> s.path().equals(path)).toList();
    }

    private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
        String path = URI.create(request.uri()).getPath();
        if (path.equals("/jwks")) {
            return response.header("Content-Type", "application/json").sendString(Mono.just(jwks)).then();
        }
        return request.receive().aggregate().asString().defaultIfEmpty("").flatMap(body -> {
            Map<String, List<String>> headers = new ConcurrentHashMap<>();
            request.requestHeaders().forEach(h -> headers.computeIfAbsent(h.getKey(), k -> new CopyOnWriteArrayList<>())
                    .add(h.getValue()));
            seen.add(new Seen(request.method().name(), path, headers, body));
            int call = calls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            if (path.contains("/hang/")) {
                return Mono.never();
            }
            if (path.endsWith("/inbox/stream")) {
                return Mono.delay(Duration.ofSeconds(4)).then(response.header("Content-Type", "text/event-stream")
                        .sendString(Mono.just("event: notification\ndata: {\"id\":\"1\"}\n\n")).then());
            }
            if (path.contains("/slow/")) {
                return Mono.delay(Duration.ofMillis(1500))
                        .then(json(response, HttpResponseStatus.OK, "{\"path\":\"" + path + "\"}"));
            }
            if (path.contains("/broken/")) {
                return json(response, HttpResponseStatus.INTERNAL_SERVER_ERROR, "{\"error\":\"broken\"}");
            }
            if (path.contains("/flaky/") && call == 1) {
                return json(response, HttpResponseStatus.BAD_GATEWAY, "{\"error\":\"flaky\"}");
            }
            return json(response, HttpResponseStatus.OK, "{\"path\":\"" + path + "\",\"call\":" + call + "}");
        });
    }

    private static Mono<Void> json(HttpServerResponse response, HttpResponseStatus status, String body) {
        return response.status(status).header("Content-Type", "application/json")
                .sendString(Mono.just(body)).then();
    }

    @Override
    public void close() {
        server.disposeNow();
    }
}
