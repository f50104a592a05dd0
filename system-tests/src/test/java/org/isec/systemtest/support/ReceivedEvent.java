package org.isec.systemtest.support;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** One CloudEvent as it sits on Kafka in binary mode: {@code ce_*} headers, key, JSON data. */
public record ReceivedEvent(String topic, int partition, long offset, String key, Map<String, String> headers, byte[] value) {

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
