package org.isec.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The JSON Schemas (draft 2020-12) of the event data, from {@code schemas/<type>.v<version>.json} on the classpath. */
public final class JsonSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // Draft 2020-12 treats "format" as an annotation only; the contracts mean it as an assertion.
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private JsonSchemas() {
    }

    /** Whether a schema file exists for this type and version. */
    public static boolean exists(String type, int version) {
        return JsonSchemas.class.getClassLoader().getResource(resource(type, version)) != null;
    }

    /**
     * Validates event data against its schema.
     *
     * @return one message per violation; empty when valid
     * @throws IllegalArgumentException if there is no schema for the type and version
     */
    public static Set<String> validate(String type, int version, byte[] json) {
        JsonSchema schema = CACHE.computeIfAbsent(resource(type, version), JsonSchemas::load);
        try {
            return schema.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON).stream()
                    .map(ValidationMessage::getMessage)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        } catch (RuntimeException notJson) {
            return Set.of("data is not valid JSON: " + notJson.getMessage());
        }
    }

    private static JsonSchema load(String resource) {
        try (InputStream in = JsonSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no JSON Schema at classpath:" + resource);
            }
            return FACTORY.getSchema(in, CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String type, int version) {
        return "schemas/" + type + ".v" + version + ".json";
    }
}
