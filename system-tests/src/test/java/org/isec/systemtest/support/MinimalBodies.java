package org.isec.systemtest.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.isec.systemtest.support.OpenApi.Operation;

import tools.jackson.databind.JsonNode;

/**
 * The smallest body an operation's OpenAPI schema accepts: every required property with a value of its type,
 * format and bounds (an enum's first constant, a date two months ahead, a language code, one item in a list).
 * It passes binding and bean validation, so that what refuses it is the role or owner check behind them; the
 * domain's own rules (a VAT check digit, a lot that exists) may still refuse it, with 422. Where a rule asks for an
 * optional property (an in-person session's location), {@link #withEveryProperty} fills the optional ones too.
 */
public final class MinimalBodies {

    private static final int MAX_DEPTH = 6;

    private MinimalBodies() {
    }

    /** The JSON text of the smallest accepted body, or null if the operation takes none. */
    public static String of(Operation operation) {
        return body(operation, false);
    }

    /** The same with every optional property given too, or null if the operation takes no body. */
    public static String withEveryProperty(Operation operation) {
        return body(operation, true);
    }

    private static String body(Operation operation, boolean every) {
        return operation.requestBody().map(schema -> Json.write(value(operation, "", schema, 0, every))).orElse(null);
    }

    private static Object value(Operation operation, String name, JsonNode declared, int depth, boolean every) {
        JsonNode schema = operation.resolve(declared);
        if (schema.has("enum") && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0).asString();
        }
        return switch (type(schema)) {
            case "string" -> string(name, schema);
            case "integer" -> (long) Math.ceil(lowest(schema));
            case "number" -> lowest(schema);
            case "boolean" -> true;
            case "array" -> {
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < Math.max(1, schema.path("minItems").asInt(0)); i++) {
                    items.add(value(operation, name, schema.path("items"), depth + 1, every));
                }
                yield items;
            }
            default -> {
                Map<String, Object> object = new LinkedHashMap<>();
                if (depth < MAX_DEPTH) {
                    List<String> given = every ? schema.path("properties").properties().stream().map(Map.Entry::getKey).toList()
                            : schema.path("required").values().stream().map(JsonNode::asString).toList();
                    for (String property : given) {
                        object.put(property, value(operation, property, schema.path("properties").path(property),
                                depth + 1, every));
                    }
                }
                yield object;
            }
        };
    }

    /** OpenAPI 3.1 may give a list of types ({@code ["string", "null"]}): the first that is not null. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            return type.values().stream().map(JsonNode::asString).filter(t -> !t.equals("null")).findFirst().orElse("object");
        }
        return type.asString("object");
    }

    private static double lowest(JsonNode schema) {
        if (schema.has("minimum")) {
            return schema.path("minimum").asDouble();
        }
        if (schema.path("exclusiveMinimum").isNumber()) {
            return schema.path("exclusiveMinimum").asDouble() + 1;
        }
        return schema.has("maximum") ? Math.min(1, schema.path("maximum").asDouble()) : 1;
    }

    private static String string(String name, JsonNode schema) {
        String lower = name.toLowerCase(Locale.ROOT);
        LocalDateTime inTwoMonths = LocalDateTime.now(ZoneOffset.UTC).plusDays(60).truncatedTo(ChronoUnit.HOURS);
        switch (schema.path("format").asString("")) {
            case "date":
                return LocalDate.now(ZoneOffset.UTC).plusDays(60).toString();
            case "date-time":
                return OffsetDateTime.of(inTwoMonths, ZoneOffset.UTC).toString();
            case "email":
                return "matrix@isec.example";
            case "uri", "url":
                return "https://example.org/isec";
            case "uuid":
                return UUID.randomUUID().toString();
            default:
                break;
        }
        if (lower.endsWith("start")) {
            return inTwoMonths.toString();
        }
        if (lower.endsWith("end")) {
            return inTwoMonths.plusHours(1).toString();
        }
        if (lower.contains("lang")) {
            return "it";
        }
        if (lower.equals("currency")) {
            return "EUR";
        }
        if (lower.contains("email")) {
            return "matrix@isec.example";
        }
        if (lower.contains("url") || lower.equals("website")) {
            return "https://example.org/isec";
        }
        return "x".repeat(Math.max(1, schema.path("minLength").asInt(0)));
    }
}
