package org.isec.defaults.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.isec.contracts.EventDescriptor;
import org.isec.contracts.EventTypes;
import org.isec.contracts.IsecCloudEvents;
import org.isec.defaults.web.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Sends the events waiting in one document to Kafka, oldest first, and pulls each from the document as soon as
 * Kafka has acknowledged it. One worker thread: documents are handled one at a time, so the relay and the sweeper
 * never send the same event concurrently, and a dead broker blocks one thread, not one per request.
 */
class OutboxPublisher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxPublisher.class);
    static final String OUTBOX = "outbox";

    record Target(String collection, Object id) {
    }

    private final MongoTemplate mongo;
    private final KafkaOperations<String, CloudEvent> kafka;
    private final Duration sendTimeout;
    private final Duration pauseAfterFailure;
    private final ThreadPoolExecutor worker;
    private final Set<Target> queued = ConcurrentHashMap.newKeySet();
    private final RecentlyPublished recentlyPublished = new RecentlyPublished(50_000);
    private final Counter published;
    private final Counter failed;
    private volatile Instant pausedUntil = Instant.MIN;

    OutboxPublisher(MongoTemplate mongo, KafkaOperations<String, CloudEvent> kafka, Duration sendTimeout,
                    Duration pauseAfterFailure, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.sendTimeout = sendTimeout;
        this.pauseAfterFailure = pauseAfterFailure;
        // Bounded: when Kafka is down the documents keep the events, and the sweeper brings them back later.
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(10_000),
                daemon("outbox-relay-"));
        MeterRegistry registry = meters != null ? meters : new SimpleMeterRegistry();
        this.published = Counter.builder("isec.outbox.published").description("events acknowledged by Kafka")
                .register(registry);
        this.failed = Counter.builder("isec.outbox.failures").description("failed attempts to publish an event")
                .register(registry);
    }

    /** Publishes the document's events in the background; a no-op if that document is already queued. */
    void publishSoon(String collection, Object id) {
        Target target = new Target(collection, id);
        if (!queued.add(target)) {
            return;
        }
        try {
            worker.execute(() -> {
                queued.remove(target);
                try {
                    publishNow(target);
                } catch (RuntimeException e) {
                    // MongoDB unreachable, typically; the sweeper comes back to the document.
                    log.warn("outbox relay could not process {}/{}: {}", target.collection(), target.id(),
                            rootMessage(e));
                }
            });
        } catch (RejectedExecutionException e) {
            queued.remove(target);
            log.debug("outbox relay busy; {} left for the sweeper", target);
        }
    }

    /** Sends what is waiting in the document now; returns how many events Kafka acknowledged. */
    int publishNow(Target target) {
        if (Instant.now().isBefore(pausedUntil)) {
            return 0;
        }
        Query query = byId(target.id());
        query.fields().include(OUTBOX);
        Document document = mongo.findOne(query, Document.class, target.collection());
        List<Document> pending = document == null ? List.of() : document.getList(OUTBOX, Document.class, List.of());
        int sent = 0;
        for (Document stored : pending) {
            OutboxEvent event;
            CloudEvent cloudEvent;
            try {
                event = mongo.getConverter().read(OutboxEvent.class, stored);
                cloudEvent = cloudEvent(event);
            } catch (RuntimeException e) {
                // Not Kafka's fault, so no pause: the rest of the platform's events keep flowing.
                log.error("outbox relay cannot publish an event of {}/{}; fix the document: {}", target.collection(),
                        target.id(), rootMessage(e));
                break;
            }
            // An aggregate loaded before the last pull and saved again carries already-sent events back into its
            // outbox; those are pulled without a second send. (A crash can still resend: consumers dedupe by id.)
            if (!recentlyPublished.contains(event.id()) && !send(event, cloudEvent)) {
                break;
            }
            recentlyPublished.add(event.id());
            // $pull of exactly this event: the aggregate's @Version is untouched, so no user save is refused.
            Object storedId = stored.containsKey("_id") ? stored.get("_id") : stored.get("id");
            String idKey = stored.containsKey("_id") ? "_id" : "id";
            mongo.updateFirst(byId(target.id()), new Update().pull(OUTBOX, new Document(idKey, storedId)),
                    target.collection());
            sent++;
        }
        if (sent > 0) {
            log.debug("outbox relay published {} event(s) of {}/{}", sent, target.collection(), target.id());
        }
        return sent;
    }

    private boolean send(OutboxEvent event, CloudEvent cloudEvent) {
        String previous = MDC.get(CorrelationId.MDC_KEY);
        if (event.correlationId() != null) {
            MDC.put(CorrelationId.MDC_KEY, event.correlationId());
        }
        try {
            kafka.send(new ProducerRecord<>(event.topic(), event.subject(), cloudEvent))
                    .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            published.increment();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            failed.increment();
            pausedUntil = Instant.now().plus(pauseAfterFailure);
            log.warn("outbox relay could not publish {} {} to {}; it stays in the document and is retried: {}",
                    event.type(), event.id(), event.topic(), rootMessage(e));
            return false;
        } finally {
            restore(previous);
        }
    }

    static CloudEvent cloudEvent(OutboxEvent event) {
        EventDescriptor descriptor = EventTypes.byType(event.type(), event.version())
                .orElseThrow(() -> new IllegalStateException("unknown event type " + event.type() + " v"
                        + event.version() + " in an outbox; is event-contracts up to date?"));
        Map<String, String> extensions = event.correlationId() == null ? Map.of()
                : Map.of(IsecCloudEvents.CORRELATION_ID, event.correlationId());
        return IsecCloudEvents.create(descriptor, event.id().toString(), event.subject(), event.time(),
                event.data().getBytes(StandardCharsets.UTF_8), extensions);
    }

    static CustomizableThreadFactory daemon(String prefix) {
        CustomizableThreadFactory factory = new CustomizableThreadFactory(prefix);
        factory.setDaemon(true);
        return factory;
    }

    private static Query byId(Object id) {
        return Query.query(where("_id").is(id));
    }

    private static void restore(String previous) {
        if (previous == null) {
            MDC.remove(CorrelationId.MDC_KEY);
        } else {
            MDC.put(CorrelationId.MDC_KEY, previous);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        worker.shutdownNow();
        if (kafka instanceof KafkaTemplate<?, ?> template) {
            // The publisher owns its template: close its producer with it.
            template.getProducerFactory().reset();
        }
    }
}
