package org.isec.systemtest.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Listens to every {@code isec.*} topic (dead-letter topics included) with a plain Kafka consumer of its
 * own group, from the beginning, and keeps what it sees so tests can wait for the events a call caused.
 * Filter by subject or id: the topics also hold what earlier tests of the run produced.
 */
public final class EventTap implements AutoCloseable {

    private static final Pattern ISEC_TOPICS = Pattern.compile("isec\\..*");
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ReceivedEvent> received = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean closed;

    private EventTap() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Settings.kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "system-tests-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // Topics appear when a service first publishes; notice them within a second, not five minutes.
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumer = new KafkaConsumer<>(config);
        consumer.subscribe(ISEC_TOPICS);
        poller = Thread.ofPlatform().daemon().name("event-tap").start(this::pollUntilClosed);
    }

    public static EventTap open() {
        return new EventTap();
    }

    /** Everything seen so far, in arrival order. */
    public List<ReceivedEvent> events() {
        return List.copyOf(received);
    }

    public List<ReceivedEvent> events(Predicate<ReceivedEvent> filter) {
        return received.stream().filter(filter).toList();
    }

    /** Waits (up to 30 s) for the first event that matches and returns it. */
    public ReceivedEvent awaitEvent(String description, Predicate<ReceivedEvent> filter) {
        return await(description).atMost(DEFAULT_WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> received.stream().filter(filter).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** Waits for an event of this CloudEvents type about this subject (the aggregate id). */
    public ReceivedEvent awaitEvent(String type, String subject) {
        return awaitEvent(type + " about " + subject,
                event -> type.equals(event.type()) && subject.equals(event.subject()));
    }

    private void pollUntilClosed() {
        try {
            while (!closed) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(ReceivedEvent.of(record));
                }
            }
        } catch (WakeupException expectedOnClose) {
            // close() woke the consumer up
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            poller.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        received.forEach(event -> lines.add(event.toString()));
        return String.join("\n", lines);
    }
}
