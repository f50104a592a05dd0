package org.isec.systemtest.support;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** Assertions on RFC 9457 answers, the only shape an error may take on this platform. */
public final class Problems {

    private Problems() {
    }

    /** Asserts an {@code application/problem+json} answer with this status, and returns its body. */
    public static JsonNode assertProblem(ApiResponse response, int status) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.contentType()).as("content type of %s", response).startsWith("application/problem+json");
        JsonNode problem = response.body();
        assertThat(problem.path("status").asInt()).as("problem status in %s", response).isEqualTo(status);
        assertThat(problem.path("title").asString("")).as("problem title in %s", response).isNotBlank();
        assertThat(response.text()).as("no stack trace in %s", response)
                .doesNotContain("Exception").doesNotContain("\tat ");
        return problem;
    }

    /** Asserts a problem with this status whose {@code errors} name {@code field}; returns its body. */
    public static JsonNode assertProblemNaming(ApiResponse response, int status, String field) {
        JsonNode problem = assertProblem(response, status);
        assertThat(problem.path("errors").values()).extracting(error -> error.path("field").asString(""))
                .as("fields named in %s", response).contains(field);
        return problem;
    }

    /** Asserts a problem with this status and this stable {@code code}; returns its body. */
    public static JsonNode assertProblemCode(ApiResponse response, int status, String code) {
        JsonNode problem = assertProblem(response, status);
        assertThat(problem.path("code").asString("")).as("code of %s", response).isEqualTo(code);
        return problem;
    }
}
