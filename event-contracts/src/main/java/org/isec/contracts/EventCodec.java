package org.isec.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of event data: ISO-8601 instants and dates, {@link java.math.BigDecimal} as a plain number,
 * no nulls written, unknown properties ignored on read (so a producer may add fields within a version).
 * Jackson exceptions are unchecked ({@link tools.jackson.core.JacksonException}).
 */
public final class EventCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion
                    .withValueInclusion(JsonInclude.Include.NON_NULL)
                    .withContentInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private EventCodec() {
    }

    /** The configured mapper, for callers that need trees or conversions in the same form. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] toJson(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    public static String toJsonString(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static <T> T fromJson(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    /**
     * The data of a partner-visible event as it may leave the platform: read into its record (which drops any
     * property this build does not know, so a newly added personal field cannot leak) and written again without
     * any {@link PersonalData} component, at any depth.
     *
     * @throws IllegalArgumentException if the type is unknown or not partner-visible
     */
    public static byte[] partnerView(String type, byte[] json) {
        EventDescriptor descriptor = EventTypes.byType(type)
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + type));
        if (!descriptor.partnerVisible()) {
            throw new IllegalArgumentException("event type " + type + " is not partner-visible");
        }
        JsonNode tree = MAPPER.valueToTree(fromJson(json, descriptor.javaType()));
        PersonalDataStripper.strip(descriptor.javaType(), tree);
        return MAPPER.writeValueAsBytes(tree);
    }
}
