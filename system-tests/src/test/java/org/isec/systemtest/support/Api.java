package org.isec.systemtest.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Calls the platform through the gateway as a given caller: anonymous, a demo user (real Keycloak
 * password-grant token) or the partner demo client. JSON in, {@link ApiResponse} out.
 */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Supplier<String> token;
    private final Duration timeout;
    private final Map<String, String> headers;

    private Api(Supplier<String> token, Duration timeout, Map<String, String> headers) {
        this.token = token;
        this.timeout = timeout;
        this.headers = headers;
    }

    public static Api anonymous() {
        return new Api(null, DEFAULT_TIMEOUT, Map.of());
    }

    /** As a demo user of the realm (operator, advisor, trainer, member, amina, marco). */
    public static Api as(String username) {
        return new Api(() -> Tokens.forUser(username), DEFAULT_TIMEOUT, Map.of());
    }

    /** As the partner demo client (client-credentials token). */
    public static Api asPartner() {
        return new Api(Tokens::forPartner, DEFAULT_TIMEOUT, Map.of());
    }

    public static Api withToken(String accessToken) {
        return new Api(() -> accessToken, DEFAULT_TIMEOUT, Map.of());
    }

    /** The longest this caller waits for an answer; a call that takes longer fails with HttpTimeoutException. */
    public Api timeout(Duration timeout) {
        return new Api(token, timeout, headers);
    }

    /**
     * Sends through {@code call} until the gateway's rate limit lets it pass (a 429 says nothing about the call
     * itself, only that this caller was fast), for up to 30 seconds.
     */
    public static ApiResponse pastRateLimit(String what, Supplier<ApiResponse> call) {
        AtomicReference<ApiResponse> answer = new AtomicReference<>();
        await(what + " past the rate limit").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250)).pollDelay(Duration.ZERO)
                .until(() -> {
                    answer.set(call.get());
                    return answer.get().status() != 429;
                });
        return answer.get();
    }

    public Api header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(token, timeout, Map.copyOf(more));
    }

    public ApiResponse get(String path) {
        return send("GET", path, null, null);
    }

    public ApiResponse delete(String path) {
        return send("DELETE", path, null, null);
    }

    public ApiResponse post(String path, Object body) {
        return send("POST", path, "application/json", Json.write(body));
    }

    public ApiResponse put(String path, Object body) {
        return send("PUT", path, "application/json", Json.write(body));
    }

    public ApiResponse patch(String path, Object body) {
        return send("PATCH", path, "application/json", Json.write(body));
    }

    /** A binary answer (a PDF, say): status, content type and the bytes as received. */
    public record Download(int status, String contentType, byte[] body) {
    }

    /** GETs a binary resource, e.g. {@code /api/training/certificates/{code}/pdf}. */
    public Download download(String path) {
        URI uri = Platform.url(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token.get());
        }
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new ApiCallFailed("GET " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiCallFailed("GET " + uri + " interrupted", e);
        }
    }

    /** Sends the body exactly as given, so tests can send what no serializer would write. */
    public ApiResponse send(String method, String path, String contentType, String rawBody) {
        return send(method, Platform.url(path), contentType, rawBody == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(rawBody, StandardCharsets.UTF_8));
    }

    /** GETs an absolute address, e.g. a service's own port rather than the gateway. */
    public ApiResponse getAbsolute(URI uri) {
        return send("GET", uri, null, HttpRequest.BodyPublishers.noBody());
    }

    /** Sends whatever the publisher gives; one of unknown length goes out chunked, with no Content-Length. */
    public ApiResponse send(String method, URI uri, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json, application/problem+json")
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token.get());
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiResponse(method, uri, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new ApiCallFailed(method + " " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiCallFailed(method + " " + uri + " interrupted", e);
        }
    }

    /** The call got no HTTP answer at all (refused, reset, or no answer within the timeout). */
    public static final class ApiCallFailed extends RuntimeException {
        ApiCallFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
