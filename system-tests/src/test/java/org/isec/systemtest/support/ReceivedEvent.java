package org.isec.systemtest.support;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import tools.jackson.databind.JsonNode;

/** One CloudEvent as it sits on Kafka in binary mode: {@code ce_*} headers, key, JSON data. */
public record ReceivedEvent(String topic, int partition, long offset, String key, Map<String, String> headers, byte[] value) {

    /** The event a consumer record carries, its headers read as UTF-8 text. */
    static ReceivedEvent of(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return new ReceivedEvent(record.topic(), record.partition(), record.offset(), record.key(), headers, record.value());
    }

    public String type() {
        return headers.get("ce_type");
    }

    public String id() {
        return headers.get("ce_id");
    }

    public String source() {
        return headers.get("ce_source");
    }

    public String subject() {
        return headers.get("ce_subject");
    }

    public String time() {
        return headers.get("ce_time");
    }

    public String dataSchema() {
        return headers.get("ce_dataschema");
    }

    public String specVersion() {
        return headers.get("ce_specversion");
    }

    public JsonNode data() {
        return Json.parse(new String(value, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return topic + "@" + partition + ":" + offset + " key=" + key + " " + headers + " "
                + (value == null ? "null" : new String(value, StandardCharsets.UTF_8));
    }
}
