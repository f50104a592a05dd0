package org.isec.defaults.messaging;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

import io.cloudevents.CloudEvent;
import org.isec.contracts.EventCodec;
import org.isec.contracts.EventTypes;
import org.isec.contracts.IsecCloudEvents;
import org.isec.contracts.IsecEvent;

/**
 * A consumed CloudEvent, reduced to what handlers use.
 * <pre>{@code
 * @KafkaListener(topics = Topics.MEMBERSHIP)
 * void on(CloudEvent cloudEvent) {
 *     InboundEvent event = InboundEvent.of(cloudEvent);
 *     if (event.is(MemberApproved.class)) {
 *         MemberApproved approved = event.as(MemberApproved.class);
 *         projections.applyOnce(ActiveMember.class, approved.memberId(), event.id(), new Update().set(...));
 *     }
 * }
 * }</pre>
 *
 * @param id            CloudEvent id, the key for deduplication
 * @param type          wire type, e.g. {@code isec.membership.MemberApproved}
 * @param source        e.g. {@code /isec/membership}
 * @param subject       aggregate id
 * @param time          when the fact happened
 * @param data          the JSON data
 * @param correlationId correlation id of the request that caused it, may be null
 */
public record InboundEvent(String id, String type, String source, String subject, Instant time, byte[] data,
                           String correlationId) {

    public static InboundEvent of(CloudEvent event) {
        Objects.requireNonNull(event, "no CloudEvent (was the record readable?)");
        return new InboundEvent(event.getId(), event.getType(),
                event.getSource() == null ? null : event.getSource().toString(), event.getSubject(),
                event.getTime() == null ? null : event.getTime().toInstant(), IsecCloudEvents.dataBytes(event),
                IsecCloudEvents.correlationId(event).orElse(null));
    }

    /** Whether this is an event of {@code type}'s wire type (any version). */
    public boolean is(Class<? extends IsecEvent> type) {
        return EventTypes.of(type).type().equals(this.type);
    }

    /** The data read as {@code type}; unknown properties are ignored, so additive changes do not break it. */
    public <T> T as(Class<T> type) {
        return EventCodec.fromJson(data, type);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InboundEvent that && Objects.equals(id, that.id) && Objects.equals(type, that.type)
                && Objects.equals(source, that.source) && Objects.equals(subject, that.subject)
                && Objects.equals(time, that.time) && Arrays.equals(data, that.data)
                && Objects.equals(correlationId, that.correlationId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, source, subject, time, Arrays.hashCode(data), correlationId);
    }

    /** Without the data, which may hold personal data that must not reach the logs. */
    @Override
    public String toString() {
        return "InboundEvent[id=" + id + ", type=" + type + ", source=" + source + ", subject=" + subject
                + ", time=" + time + ", correlationId=" + correlationId + "]";
    }
}
