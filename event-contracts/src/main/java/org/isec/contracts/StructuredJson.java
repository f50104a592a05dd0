package org.isec.contracts;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Set;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Reads the CloudEvents JSON format (structured mode). The SDK's reader parses data with Jackson 2 defaults,
 * which turns decimals into doubles ({@code 3200.00} becomes {@code 3200.0}, large amounts lose digits);
 * money must stay exact, so the data is read with {@link EventCodec}'s mapper instead.
 */
final class StructuredJson {

    private static final Set<String> ATTRIBUTES = Set.of("specversion", "id", "source", "type", "datacontenttype",
            "dataschema", "subject", "time", "data", "data_base64");

    private StructuredJson() {
    }

    static CloudEvent read(byte[] json) {
        JsonNode event = EventCodec.mapper().readTree(json);
        if (!event.isObject() || !"1.0".equals(text(event, "specversion"))) {
            throw new IllegalArgumentException("not a CloudEvents 1.0 event in JSON format");
        }
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(required(event, "id"))
                .withSource(URI.create(required(event, "source")))
                .withType(required(event, "type"));
        if (event.hasNonNull("datacontenttype")) {
            builder.withDataContentType(text(event, "datacontenttype"));
        }
        if (event.hasNonNull("dataschema")) {
            builder.withDataSchema(URI.create(text(event, "dataschema")));
        }
        if (event.hasNonNull("subject")) {
            builder.withSubject(text(event, "subject"));
        }
        if (event.hasNonNull("time")) {
            builder.withTime(OffsetDateTime.parse(text(event, "time")));
        }
        for (String name : event.propertyNames()) {
            JsonNode value = event.get(name);
            if (ATTRIBUTES.contains(name) || value.isNull()) {
                continue;
            }
            if (value.isBoolean()) {
                builder.withExtension(name, value.asBoolean());
            } else if (value.isNumber()) {
                builder.withExtension(name, value.numberValue());
            } else {
                builder.withExtension(name, value.asString());
            }
        }
        if (event.hasNonNull("data_base64")) {
            builder.withData(Base64.getDecoder().decode(text(event, "data_base64")));
        } else if (event.has("data")) {
            JsonNode data = event.get("data");
            boolean jsonData = data.isContainer() || isJson(text(event, "datacontenttype"));
            builder.withData(jsonData ? EventCodec.mapper().writeValueAsBytes(data) : data.asString().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    private static boolean isJson(String contentType) {
        return contentType == null || contentType.startsWith("application/json") || contentType.contains("+json");
    }

    private static String required(JsonNode event, String name) {
        String value = text(event, name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("CloudEvent attribute '" + name + "' is missing");
        }
        return value;
    }

    private static String text(JsonNode event, String name) {
        JsonNode value = event.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }
}
