package org.isec.defaults.messaging;

import java.nio.charset.StandardCharsets;

import io.cloudevents.CloudEvent;
import org.apache.kafka.common.serialization.Serializer;
import org.isec.contracts.IsecCloudEvents;

/**
 * Writes a failed record to its dead-letter topic exactly as it arrived: raw bytes of records that could not be
 * read, and for CloudEvents the data bytes, which is the whole value in binary mode (the {@code ce_*} headers are
 * copied from the original record by the recoverer).
 */
public class DeadLetterSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object value) {
        return switch (value) {
            case null -> null;
            case byte[] bytes -> bytes;
            case String text -> text.getBytes(StandardCharsets.UTF_8);
            case CloudEvent event -> event.getData() == null ? null : IsecCloudEvents.dataBytes(event);
            default -> throw new IllegalArgumentException("cannot dead-letter a " + value.getClass().getName());
        };
    }
}
