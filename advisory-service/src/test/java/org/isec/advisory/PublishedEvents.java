package org.isec.advisory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.isec.contracts.Topics;
import org.isec.devstack.junit.Infrastructure;

/** Reads what advisory published on {@code isec.advisory}, as any consumer would. */
public final class PublishedEvents implements AutoCloseable {

    private final KafkaConsumer<String, CloudEvent> consumer;
    private final List<CloudEvent> seen = new CopyOnWriteArrayList<>();

    public PublishedEvents() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "advisory-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new CloudEventDeserializer());
        consumer.subscribe(List.of(Topics.ADVISORY));
    }

    /** Waits until events of {@code type} about {@code subject} satisfy {@code enough}, and returns them. */
    public List<CloudEvent> await(String type, String subject, Predicate<List<CloudEvent>> enough) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(r -> seen.add(r.value()));
            return enough.test(of(type, subject));
        });
        return of(type, subject);
    }

    public CloudEvent awaitOne(String type, String subject) {
        return await(type, subject, events -> !events.isEmpty()).getFirst();
    }

    /** Everything of {@code type} about {@code subject} seen so far, after polling once more. */
    public List<CloudEvent> of(String type, String subject) {
        return seen.stream().filter(e -> e.getType().equals(type) && subject.equals(e.getSubject())).toList();
    }

    public void pollOnce() {
        consumer.poll(Duration.ofMillis(500)).forEach(r -> seen.add(r.value()));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
