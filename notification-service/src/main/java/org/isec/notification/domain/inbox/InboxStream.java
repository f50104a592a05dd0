package org.isec.notification.domain.inbox;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Open Server-Sent Event streams and what each reader may see. New entries are pushed from one sender thread, so a
 * slow client never holds up the Kafka listener that wrote the entry. A comment line is sent periodically to keep
 * idle connections open through proxies. Streams live in this instance: with several instances each client gets
 * the entries written by the instance it is connected to, and catches up with {@code Last-Event-ID} or
 * {@code GET /inbox} (see README).
 */
@Component
class InboxStream {

    private static final Logger log = LoggerFactory.getLogger(InboxStream.class);
    static final String EVENT_NAME = "notification";

    private final Map<SseEmitter, Viewer> open = new ConcurrentHashMap<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "inbox-stream");
        thread.setDaemon(true);
        return thread;
    });
    private final InboxRenderer renderer;
    private final Duration timeout;

    InboxStream(InboxRenderer renderer, @Value("${isec.notifications.stream.timeout:30m}") Duration timeout) {
        this.renderer = renderer;
        this.timeout = timeout;
    }

    SseEmitter open(Viewer viewer) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        open.put(emitter, viewer);
        emitter.onCompletion(() -> open.remove(emitter));
        emitter.onTimeout(() -> {
            open.remove(emitter);
            emitter.complete();
        });
        emitter.onError(e -> open.remove(emitter));
        // Sent at once so clients (and proxies) see the stream is open before the first notification.
        sender.execute(() -> send(emitter, SseEmitter.event().comment("connected").reconnectTime(5_000)));
        return emitter;
    }

    void replay(SseEmitter emitter, Viewer viewer, List<InboxEntry> entries) {
        sender.execute(() -> entries.forEach(entry -> send(emitter, notification(entry, viewer))));
    }

    void publish(InboxEntry entry) {
        if (open.isEmpty()) {
            return;
        }
        sender.execute(() -> open.forEach((emitter, viewer) -> {
            if (viewer.sees(entry)) {
                send(emitter, notification(entry, viewer));
            }
        }));
    }

    @Scheduled(fixedRateString = "${isec.notifications.stream.heartbeat:20s}")
    void heartbeat() {
        if (!open.isEmpty()) {
            sender.execute(() -> open.keySet().forEach(emitter -> send(emitter, SseEmitter.event().comment("ping"))));
        }
    }

    @PreDestroy
    void close() {
        open.keySet().forEach(SseEmitter::complete);
        sender.shutdown();
    }

    private SseEmitter.SseEventBuilder notification(InboxEntry entry, Viewer viewer) {
        return SseEmitter.event().id(entry.id()).name(EVENT_NAME)
                .data(renderer.render(entry, viewer), MediaType.APPLICATION_JSON);
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        if (!open.containsKey(emitter)) {
            return;
        }
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            open.remove(emitter);
            log.debug("inbox stream closed by the client: {}", gone.toString());
        }
    }
}
