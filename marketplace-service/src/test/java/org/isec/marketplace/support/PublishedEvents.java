package org.isec.marketplace.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.isec.contracts.Topics;
import org.isec.devstack.junit.Infrastructure;

/** What marketplace published on {@code isec.marketplace}, read as any consumer reads it. */
public final class PublishedEvents {

    public record Event(String key, Map<String, String> headers, byte[] data) {

        public String type() {
            return headers.get("ce_type");
        }

        public String subject() {
            return headers.get("ce_subject");
        }

        public String json() {
            return new String(data, StandardCharsets.UTF_8);
        }
    }

    private static PublishedEvents instance;

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Event> seen = new ArrayList<>();

    private PublishedEvents() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "marketplace-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.MARKETPLACE));
    }

    public static synchronized PublishedEvents onMarketplaceTopic() {
        if (instance == null) {
            instance = new PublishedEvents();
        }
        return instance;
    }

    public Event await(String type, String subject) {
        return await(type, subject, e -> true);
    }

    public Event await(String type, String subject, Predicate<Event> matching) {
        Predicate<Event> wanted = e -> ("isec.marketplace." + type).equals(e.type()) && subject.equals(e.subject()) && matching.test(e);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> find(wanted).isPresent());
        return find(wanted).orElseThrow();
    }

    /**
     * Waits until {@code count} events of {@code type} about {@code subject} have been read and returns them all:
     * the relay publishes after the request has answered, so what was read at that moment may be fewer.
     */
    public List<Event> await(String type, String subject, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> all(type, subject).size() >= count);
        return all(type, subject);
    }

    private synchronized List<Event> all(String type, String subject) {
        poll();
        return seen.stream().filter(e -> ("isec.marketplace." + type).equals(e.type()) && subject.equals(e.subject())).toList();
    }

    private synchronized Optional<Event> find(Predicate<Event> wanted) {
        poll();
        return seen.stream().filter(wanted).findFirst();
    }

    private void poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            Map<String, String> headers = new HashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
            seen.add(new Event(record.key(), headers, record.value()));
        }
    }
}
