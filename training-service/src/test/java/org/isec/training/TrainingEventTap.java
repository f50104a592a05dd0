package org.isec.training;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.isec.contracts.IsecCloudEvents;
import org.isec.contracts.JsonSchemas;
import org.isec.contracts.Topics;
import org.isec.devstack.junit.Infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reads everything the service publishes on {@code isec.training}, for tests to wait for events and check them
 * against their JSON Schemas. One tap per JVM, started lazily, reading from the beginning.
 */
public final class TrainingEventTap {

    private static final List<CloudEvent> EVENTS = new CopyOnWriteArrayList<>();
    private static volatile boolean started;

    private TrainingEventTap() {
    }

    /** The first event of that wire type with that subject, once it arrives; its data is schema-valid. */
    public static CloudEvent awaitEvent(String type, String subject) {
        return awaitEvent(type, e -> subject.equals(e.getSubject()));
    }

    public static CloudEvent awaitEvent(String type, Predicate<CloudEvent> matching) {
        start();
        CloudEvent[] found = new CloudEvent[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            found[0] = EVENTS.stream().filter(e -> e.getType().equals(type)).filter(matching).findFirst().orElse(null);
            return found[0] != null;
        });
        CloudEvent event = found[0];
        int version = IsecCloudEvents.descriptorOf(event).version();
        assertThat(JsonSchemas.validate(type, version, IsecCloudEvents.dataBytes(event)))
                .as("schema violations of %s", type).isEmpty();
        return event;
    }

    public static List<CloudEvent> events(String type, String subject) {
        start();
        return EVENTS.stream().filter(e -> e.getType().equals(type) && subject.equals(e.getSubject())).toList();
    }

    private static synchronized void start() {
        if (started) {
            return;
        }
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "training-test-tap-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class);
        KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of(Topics.TRAINING));
        Thread reader = new Thread(() -> {
            try {
                while (true) {
                    consumer.poll(Duration.ofMillis(200)).forEach(r -> EVENTS.add(r.value()));
                }
            } catch (WakeupException | org.apache.kafka.common.errors.InterruptException stopped) {
                consumer.close();
            }
        }, "training-event-tap");
        reader.setDaemon(true);
        reader.start();
        started = true;
    }

}
