package org.isec.advisory;

import java.time.Instant;
import java.util.Map;

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

/** Plays membership: publishes its events on {@code isec.membership} as CloudEvents in binary mode. */
public final class MembershipEvents implements AutoCloseable {

    private final KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all",
            CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY),
            new StringSerializer(), new CloudEventSerializer());

    /** @param eventId the CloudEvent id; sending the same id twice is a redelivery */
    public void publish(IsecEvent event, String eventId) throws Exception {
        CloudEvent cloudEvent = IsecCloudEvents.of(event, eventId, Instant.now(), Map.of());
        producer.send(new ProducerRecord<>(Topics.MEMBERSHIP, event.subject(), cloudEvent)).get();
    }

    @Override
    public void close() {
        producer.close();
    }
}
