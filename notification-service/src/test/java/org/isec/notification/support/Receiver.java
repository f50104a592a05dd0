package org.isec.notification.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner's webhook endpoint on 127.0.0.1: records every request and answers with scripted statuses (then with
 * the default status once the script runs out).
 */
public final class Receiver implements AutoCloseable {

    /** One received request: lower-case header names. */
    public record Request(String path, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> script = new ConcurrentLinkedQueue<>();
    private final AtomicInteger defaultStatus;

    private Receiver(int defaultStatus) throws IOException {
        this.defaultStatus = new AtomicInteger(defaultStatus);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public static Receiver answering(int status, Integer... first) {
        try {
            Receiver receiver = new Receiver(status);
            receiver.script.addAll(List.of(first));
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Request> received() {
        return List.copyOf(received);
    }

    public void answer(int status) {
        defaultStatus.set(status);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, String> headers = new java.util.HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        received.add(new Request(exchange.getRequestURI().toString(), headers, body));
        Integer scripted = script.poll();
        exchange.sendResponseHeaders(scripted != null ? scripted : defaultStatus.get(), -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
