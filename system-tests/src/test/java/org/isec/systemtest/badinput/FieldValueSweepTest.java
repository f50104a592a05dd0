package org.isec.systemtest.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.Json;
import org.isec.systemtest.support.OpenApi;
import org.isec.systemtest.support.OpenApi.Operation;
import org.isec.systemtest.support.ProofLog;
import org.isec.systemtest.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;

/**
 * Issue 8.4, field by field: for every property of every JSON body in every OpenAPI document, values its type or
 * format cannot hold — a 100 000-character string, integers past 64 bits, a fraction for an integer, a number too
 * large for a double, a date that does not exist, dates at the ends of time, a NUL or a lone surrogate in text —
 * and, per operation, the empty object (every required field missing). Each must be refused with a 4xx
 * problem+json; a 400/422 must name the field. A 403/404/409 (an unknown id, a role gate) is a refusal too, and is
 * counted apart: it shows the input went no further, not that validation saw it.
 */
@SystemTest
class FieldValueSweepTest {

    private static final Logger log = LoggerFactory.getLogger(FieldValueSweepTest.class);
    private static final String HUGE = "x".repeat(100_000);
    private static final String LONE_SURROGATE = "@@lone-surrogate@@";

    @Test
    void everyFieldRefusesWhatItsTypeCannotHoldAndNamesIt() {
        List<String> findings = new ArrayList<>();
        Map<String, Integer> tried = new LinkedHashMap<>();
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (Operation operation : OpenApi.operations()) {
            if (operation.requestBody().isEmpty()) {
                continue;
            }
            JsonNode schema = operation.resolve(operation.requestBody().get());
            if (schema.path("properties").isEmpty()) {
                continue;
            }
            Api caller = BodySweeps.callerFor(operation);
            String path = BodySweeps.pathOf(operation);
            if (!schema.path("required").isEmpty()) {
                judge(operation, BodySweeps.send(caller, operation.method(), path, "{}"), schema.path("required").get(0).asString(),
                        "every required field missing", tried, outcomes, findings, true);
            }
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                JsonNode type = operation.resolve(property.getValue());
                for (Map.Entry<String, Object> value : badValues(type).entrySet()) {
                    // A lone surrogate cannot be encoded as UTF-8: it travels as the JSON escape, as a client would send it.
                    String body = Json.write(Map.of(property.getKey(), value.getValue())).replace(LONE_SURROGATE, "\\ud83d");
                    ApiResponse answer = BodySweeps.send(caller, operation.method(), path, body);
                    judge(operation, answer, property.getKey(), value.getKey(), tried, outcomes, findings, false);
                }
            }
        }
        int total = tried.values().stream().mapToInt(Integer::intValue).sum();
        log.info("field sweep: {} inputs {}, outcomes {}, {} findings", total, tried, outcomes, findings.size());
        for (var kind : tried.entrySet()) {
            ProofLog.record("bad-input", "Field value: " + kind.getKey() + ", every field of every JSON body",
                    kind.getValue(), findings.isEmpty() ? "4xx problem+json every time" : "findings: " + findings.size(),
                    Map.of("5xx", outcomes.getOrDefault("5xx", 0), "accepted", outcomes.getOrDefault("accepted", 0)));
        }
        ProofLog.record("bad-input", "Field value sweep: refused before validation (unknown id, role gate: 403/404/409)",
                outcomes.getOrDefault("refused before validation", 0), "problem+json; the input went no further",
                Map.of("5xx", 0));
        assertThat(total).as("inputs tried").isGreaterThan(200);
        assertThat(findings).as("values not refused with a 4xx problem naming the field (of %d tried)", total).isEmpty();
    }

    /** Values the property's declared type or format cannot hold, by kind of input. */
    private static Map<String, Object> badValues(JsonNode type) {
        Map<String, Object> values = new LinkedHashMap<>();
        String declared = type.path("type").asString("");
        String format = type.path("format").asString("");
        switch (declared) {
            case "string" -> {
                values.put("a 100 000-character string", HUGE);
                values.put("text with NUL", "a\u0000b");
                values.put("text with a lone surrogate", "a" + LONE_SURROGATE + "b");
                values.put("text with a right-to-left override", "invoice\u202Efdp.exe");
                if (format.equals("date-time") || format.equals("date")) {
                    values.put("a date that does not exist", format.equals("date") ? "2026-02-30" : "2026-02-30T10:00:00Z");
                    values.put("the year 0", format.equals("date") ? "0000-01-01" : "0000-01-01T00:00:00Z");
                    values.put("the year 10000", format.equals("date") ? "+10000-01-01" : "+10000-01-01T00:00:00Z");
                }
            }
            case "integer" -> {
                values.put("an integer past 64 bits", new java.math.BigInteger("99999999999999999999999"));
                values.put("a fraction for an integer", 1.5);
            }
            case "number" -> values.put("a number past double range", new java.math.BigDecimal("1e400"));
            case "boolean" -> values.put("a number for a boolean", 2);
            case "array" -> values.put("an array of 10 000 items", java.util.Collections.nCopies(10_000, "x"));
            default -> {
            }
        }
        return values;
    }

    private static void judge(Operation operation, ApiResponse answer, String field, String kind,
                              Map<String, Integer> tried, Map<String, Integer> outcomes, List<String> findings,
                              boolean anyFieldNamed) {
        tried.merge(kind, 1, Integer::sum);
        int status = answer.status();
        boolean problem = answer.contentType().startsWith("application/problem+json");
        String seen = operation + " " + field + " = " + kind + " → " + status;
        if (status >= 500) {
            outcomes.merge("5xx", 1, Integer::sum);
            findings.add(seen);
        } else if (status < 400) {
            outcomes.merge("accepted", 1, Integer::sum);
            findings.add(seen);
        } else if (!problem) {
            findings.add(seen + " not problem+json");
        } else if (status == 400 || status == 422) {
            JsonNode errors = answer.body().path("errors");
            boolean named = anyFieldNamed ? !errors.isEmpty() : errors.values().stream().anyMatch(error ->
                    error.path("field").asString("").equals(field) || error.path("field").asString("").startsWith(field + ".")
                            || error.path("field").asString("").startsWith(field + "["));
            boolean unreadable = !anyFieldNamed && errors.isEmpty() && answer.body().path("detail").asString("").contains(field);
            if (named || unreadable) {
                outcomes.merge("refused, field named", 1, Integer::sum);
            } else {
                findings.add(seen + " without naming " + field + ": " + answer.text());
            }
        } else {
            outcomes.merge("refused before validation", 1, Integer::sum);
        }
    }
}
