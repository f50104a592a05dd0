package org.isec.gateway.problem;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every answer the gateway gives by itself as RFC 9457 {@code application/problem+json}, shaped like the
 * services' problems: localized title, detail, the original request path as instance, the correlation id.
 */
@Component
public class Problems {

    public static final String CORRELATION_ID = "correlationId";

    private static final String ORIGINAL_PATH = Problems.class.getName() + ".originalPath";
    private static final String CORRELATION_ID_ATTRIBUTE = Problems.class.getName() + ".correlationId";

    private final JsonMapper json;

    Problems(JsonMapper json) {
        this.json = json;
    }

    /**
     * Remembers what the client asked for and under which correlation id, before routing and fallback
     * forwards rewrite the request.
     */
    public static void remember(ServerWebExchange exchange, String correlationId) {
        exchange.getAttributes().putIfAbsent(ORIGINAL_PATH, exchange.getRequest().getPath().value());
        exchange.getAttributes().putIfAbsent(CORRELATION_ID_ATTRIBUTE, correlationId);
    }

    public static String correlationId(ServerWebExchange exchange) {
        return exchange.getAttribute(CORRELATION_ID_ATTRIBUTE);
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detailKey, Object... args) {
        return write(exchange, status, headers -> { }, detailKey, args);
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, Consumer<HttpHeaders> headers,
                            String detailKey, Object... args) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        ProblemLanguage language = ProblemLanguage.of(exchange.getRequest());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", language.title(status.value()));
        problem.put("status", status.value());
        problem.put("detail", language.text(detailKey, args));
        problem.put("instance", instance(exchange));
        String correlationId = correlationId(exchange);
        if (correlationId != null) {
            problem.put(CORRELATION_ID, correlationId);
        }
        byte[] body = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatusCode(status);
        HttpHeaders responseHeaders = response.getHeaders();
        responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        responseHeaders.setContentLength(body.length);
        headers.accept(responseHeaders);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    private static String instance(ServerWebExchange exchange) {
        String path = exchange.getAttribute(ORIGINAL_PATH);
        String value = path != null ? path : exchange.getRequest().getPath().value();
        try {
            return URI.create(value).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
