package org.isec.contracts;

import java.util.regex.Pattern;

/**
 * Everything the wire needs to know about one event type and version.
 *
 * @param type           CloudEvent {@code type}, e.g. {@code isec.membership.MemberApproved}
 * @param version        schema version
 * @param topic          Kafka topic, e.g. {@code isec.membership}
 * @param source         CloudEvent {@code source}, e.g. {@code /isec/membership}
 * @param dataSchema     CloudEvent {@code dataschema}, {@code urn:isec:schema:<type>:v<version>}
 * @param partnerVisible whether it may leave the platform (personal data stripped)
 * @param javaType       the record carrying the data
 */
public record EventDescriptor(String type, int version, String topic, String source, String dataSchema,
                              boolean partnerVisible, Class<? extends IsecEvent> javaType) {

    private static final Pattern TYPE = Pattern.compile("isec\\.([a-z]+)\\.([A-Z][A-Za-z0-9]+)");

    static EventDescriptor describe(Class<? extends IsecEvent> javaType) {
        EventType annotation = javaType.getAnnotation(EventType.class);
        if (annotation == null) {
            throw new IllegalArgumentException(javaType.getName() + " has no @EventType");
        }
        var matcher = TYPE.matcher(annotation.value());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("event type '" + annotation.value() + "' of " + javaType.getName()
                    + " is not isec.<service>.<EventName>");
        }
        if (annotation.version() < 1) {
            throw new IllegalArgumentException("event version of " + javaType.getName() + " must be >= 1");
        }
        String service = matcher.group(1);
        return new EventDescriptor(annotation.value(), annotation.version(), "isec." + service, "/isec/" + service,
                dataSchemaOf(annotation.value(), annotation.version()), annotation.partnerVisible(), javaType);
    }

    static String dataSchemaOf(String type, int version) {
        return "urn:isec:schema:" + type + ":v" + version;
    }

    /** Classpath location of the JSON Schema, {@code schemas/<type>.v<version>.json}. */
    public String schemaResource() {
        return "schemas/" + type + ".v" + version + ".json";
    }
}
