package org.isec.systemtest.support;

import org.awaitility.Awaitility;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;

/**
 * A partner's webhook endpoint: a plain HTTP server on 127.0.0.1 that keeps every delivery and checks its
 * Standard Webhooks signature itself ({@code v1,} base64 HMAC-SHA256 of {@code id.timestamp.body}, keyed with
 * the bytes after {@code whsec_}), independently of the platform's code.
 */
public final class PartnerReceiver implements AutoCloseable {

    public record Delivery(String webhookId, String timestamp, String signatures, String body, boolean signatureValid) {

        public JsonNode event() {
            return Json.parse(body);
        }
    }

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final List<Delivery> failed = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int failureStatus = 500;
    private volatile byte[] key;

    public PartnerReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/isec-events", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
            if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                failed.add(new Delivery(id, timestamp, signatures, body, verify(id, timestamp, body, signatures)));
                exchange.sendResponseHeaders(failureStatus, -1);
                exchange.close();
                return;
            }
            deliveries.add(new Delivery(id, timestamp, signatures, body, verify(id, timestamp, body, signatures)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/isec-events";
    }

    /** The {@code whsec_…} secret the subscription answer showed once. */
    public void useSecret(String secret) {
        key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    }

    /** The next {@code count} deliveries are answered with {@code status} (and kept apart, see {@link #failedDeliveries}). */
    public void failNext(int count, int status) {
        failureStatus = status;
        failuresLeft.set(count);
    }

    /** Deliveries this receiver refused on purpose with {@link #failNext}. */
    public List<Delivery> failedDeliveries(Predicate<JsonNode> event) {
        return failed.stream().filter(d -> event.test(d.event())).toList();
    }

    public Delivery await(String description, Predicate<JsonNode> event) {
        return Awaitility.await(description).atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(300))
                .until(() -> deliveries.stream().filter(d -> event.test(d.event())).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** Deliveries accepted (answered 204). */
    public List<Delivery> deliveries(Predicate<JsonNode> event) {
        return deliveries.stream().filter(d -> event.test(d.event())).toList();
    }

    public static Predicate<JsonNode> event(String type, String subject) {
        return e -> type.equals(e.path("type").asString()) && subject.equals(e.path("subject").asString());
    }

    private boolean verify(String id, String timestamp, String body, String signatures) {
        if (key == null || id == null || timestamp == null || signatures == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String expected = "v1," + Base64.getEncoder().encodeToString(
                    mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
            return Arrays.asList(signatures.split(" ")).contains(expected);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
