package org.isec.notification.support;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.isec.contracts.EventTypes;
import org.isec.contracts.IsecCloudEvents;
import org.isec.contracts.IsecEvent;
import org.isec.devstack.junit.Infrastructure;

/**
 * Plays the other services: publishes their CloudEvents on their topics exactly as their outbox relays do (binary
 * mode, key = aggregate id), so notification learns of them only the way it does in production.
 */
public final class Events {

    private static Events instance;

    private final KafkaProducer<String, CloudEvent> producer;

    private Events() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new CloudEventSerializer());
    }

    public static synchronized Events instance() {
        if (instance == null) {
            instance = new Events();
        }
        return instance;
    }

    /** Publishes with a fresh CloudEvent id; returns the CloudEvent. */
    public CloudEvent publish(IsecEvent event) {
        CloudEvent ce = IsecCloudEvents.of(event, UUID.randomUUID().toString(), Instant.now(),
                Map.of(IsecCloudEvents.CORRELATION_ID, "test-" + UUID.randomUUID()));
        publish(ce, EventTypes.of(event.getClass()).topic(), event.subject());
        return ce;
    }

    /** Publishes a given CloudEvent again, e.g. to deliver the same event twice. */
    public void publish(CloudEvent ce, String topic, String key) {
        try {
            producer.send(new ProducerRecord<>(topic, key, ce)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + ce.getType(), e);
        }
    }
}
