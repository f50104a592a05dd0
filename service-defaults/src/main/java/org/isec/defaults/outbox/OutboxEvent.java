package org.isec.defaults.outbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import org.isec.contracts.EventCodec;
import org.isec.contracts.EventDescriptor;
import org.isec.contracts.EventTypes;
import org.isec.contracts.IsecEvent;
import org.isec.defaults.web.CorrelationId;

/**
 * An event waiting in its aggregate's document until Kafka has acknowledged it.
 *
 * @param id            CloudEvent id; consumers deduplicate by it
 * @param type          wire type, e.g. {@code isec.membership.MemberApproved}
 * @param version       schema version of the type
 * @param topic         Kafka topic
 * @param subject       aggregate id: CloudEvent subject and Kafka key
 * @param time          when the fact happened (millisecond precision, as MongoDB stores it)
 * @param data          the event record as JSON ({@link EventCodec})
 * @param correlationId correlation id of the request that raised it, may be null
 */
public record OutboxEvent(UUID id, String type, int version, String topic, String subject, Instant time, String data,
                          String correlationId) {

    public OutboxEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }

    static OutboxEvent of(IsecEvent event) {
        EventDescriptor descriptor = EventTypes.of(event.getClass());
        String subject = Objects.requireNonNull(event.subject(),
                () -> event.getClass().getSimpleName() + ".subject() must name the aggregate");
        return new OutboxEvent(UUID.randomUUID(), descriptor.type(), descriptor.version(), descriptor.topic(), subject,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), EventCodec.toJsonString(event),
                CorrelationId.current().orElse(null));
    }
}
