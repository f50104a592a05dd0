package org.isec.defaults.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;

/** What a client should have sent, in words: "must be an integer", "must be one of [DRAFT, OPEN]". */
final class TypeNames {

    private TypeNames() {
    }

    static InvalidField mismatch(HttpServletRequest request, String field, Class<?> expected) {
        if (expected != null && expected.isEnum()) {
            return new InvalidField(field, Problems.text(request, "field.enum", allowedValues(expected)));
        }
        String key = key(expected);
        return key == null
                ? new InvalidField(field, Problems.text(request, "field.invalid"))
                : new InvalidField(field, Problems.text(request, "field.type", Problems.text(request, key)));
    }

    static String allowedValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(constant -> jsonName(enumType, (Enum<?>) constant))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String jsonName(Class<?> enumType, Enum<?> constant) {
        try {
            JsonProperty property = enumType.getField(constant.name()).getAnnotation(JsonProperty.class);
            return property != null && !property.value().isEmpty() ? property.value() : constant.name();
        } catch (NoSuchFieldException e) {
            return constant.name();
        }
    }

    private static String key(Class<?> type) {
        if (type == null) {
            return null;
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "type.string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == Byte.class || type == byte.class
                || type == BigInteger.class) {
            return "type.integer";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == BigDecimal.class) {
            return "type.number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "type.boolean";
        }
        if (type == UUID.class) {
            return "type.uuid";
        }
        if (type == LocalDate.class) {
            return "type.date";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == LocalDateTime.class) {
            return "type.dateTime";
        }
        if (type == LocalTime.class) {
            return "type.time";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "type.array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "type.object";
        }
        return null;
    }
}
