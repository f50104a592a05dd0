package org.isec.systemtest.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.Json;
import org.isec.systemtest.support.OpenApi;
import org.isec.systemtest.support.OpenApi.Operation;
import org.isec.systemtest.support.ProofLog;
import org.isec.systemtest.support.SystemTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Issue 8.4, first slice: every operation with a JSON body in every service's OpenAPI document gets
 * bodies it cannot accept — truncated JSON, an array for an object, every field of the wrong type (an
 * object carrying a Mongo operator), Unicode edge cases where text is expected — from a caller that passes
 * its role gate. The answer must always be a 4xx problem+json, never a 5xx and never a success.
 */
@SystemTest
class MalformedBodySweepTest {

    private static final Map<String, String> BODIES = new LinkedHashMap<>();

    static {
        BODIES.put("truncated JSON", "{\"title\": \"sweep\", ");
        BODIES.put("array for an object", "[1, 2, 3]");
        BODIES.put("scalar for an object", "\"\\u0000\"");
        BODIES.put("deeply nested JSON", "[".repeat(5000) + "]".repeat(5000));
    }

    @Test
    void everyOperationWithABodyRefusesWhatItCannotReadWithAProblemAndNeverA5xx() {
        List<String> findings = new ArrayList<>();
        Map<String, Integer> triedPerClass = new LinkedHashMap<>();
        int fiveHundreds = 0;
        int successes = 0;
        for (Operation operation : OpenApi.operations()) {
            if (operation.requestBody().isEmpty()) {
                continue;
            }
            Api caller = BodySweeps.callerFor(operation);
            String path = BodySweeps.pathOf(operation);
            Map<String, String> bodies = new LinkedHashMap<>(BODIES);
            JsonNode schema = operation.resolve(operation.requestBody().get());
            if (!schema.path("properties").isEmpty()) {
                bodies.put("every field of the wrong type", wrongTypes(operation, schema, Map.of("$gt", "")));
                bodies.put("Unicode edge cases (RTL, emoji, combining mark, NUL, lone surrogate) in wrong-typed fields", wrongTypes(operation, schema,
                        "\u202Eسلام 👩🏽‍💻 e\u0301\u0000 \uD83D"));
            }
            for (Map.Entry<String, String> body : bodies.entrySet()) {
                ApiResponse response = BodySweeps.send(caller, operation.method(), path, body.getValue());
                triedPerClass.merge(body.getKey(), 1, Integer::sum);
                if (response.status() >= 500) {
                    fiveHundreds++;
                }
                if (response.status() < 400) {
                    successes++;
                }
                if (response.status() < 400 || response.status() >= 500
                        || !response.contentType().startsWith("application/problem+json")) {
                    findings.add(operation + " with " + body.getKey() + " → " + response.status() + " " + response.contentType());
                }
            }
        }
        int total = triedPerClass.values().stream().mapToInt(Integer::intValue).sum();
        for (Map.Entry<String, Integer> tried : triedPerClass.entrySet()) {
            ProofLog.record("bad-input", "Body: " + tried.getKey() + ", every operation with a JSON body", tried.getValue(),
                    findings.isEmpty() ? "4xx problem+json every time" : "findings: " + findings.size(),
                    Map.of("5xx", fiveHundreds, "accepted", successes, "findings", findings.size()));
        }
        assertThat(total).as("inputs tried").isGreaterThan(50);
        assertThat(findings).as("inputs not refused with a 4xx problem (of %d tried)", total).isEmpty();
    }

    /** Every declared property given a value of a type it does not have (numbers and booleans get the value, text gets an object). */
    private static String wrongTypes(Operation operation, JsonNode schema, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String type = operation.resolve(property.getValue()).path("type").asString("object");
            body.put(property.getKey(), type.equals("string") && value instanceof String ? Map.of("text", value) : value);
        }
        return Json.write(body);
    }
}
