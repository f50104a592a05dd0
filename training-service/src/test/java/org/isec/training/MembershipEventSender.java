package org.isec.training;

import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.isec.contracts.IsecCloudEvents;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.Topics;
import org.isec.devstack.junit.Infrastructure;

/** Plays the membership service: puts its events on {@code isec.membership} as it would. */
public final class MembershipEventSender {

    private static KafkaProducer<String, CloudEvent> producer;

    private MembershipEventSender() {
    }

    /** Sends the event under a new CloudEvent id and returns it, to redeliver with {@link #send(IsecEvent, String)}. */
    public static String send(IsecEvent event) {
        String id = UUID.randomUUID().toString();
        send(event, id);
        return id;
    }

    public static void send(IsecEvent event, String cloudEventId) {
        CloudEvent cloudEvent = IsecCloudEvents.of(event, cloudEventId, Instant.now(), Map.of());
        try {
            producer().send(new ProducerRecord<>(Topics.MEMBERSHIP, event.subject(), cloudEvent)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send " + event.getClass().getSimpleName(), e);
        }
    }

    private static synchronized KafkaProducer<String, CloudEvent> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrapServers());
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
            config.put(CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY);
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }
}
