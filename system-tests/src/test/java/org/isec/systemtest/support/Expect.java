package org.isec.systemtest.support;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** The two answers most steps expect; anything else fails the test with the whole answer in the message. */
public final class Expect {

    private Expect() {
    }

    /** The body of a {@code 200}. */
    public static JsonNode ok(ApiResponse answer) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.body();
    }

    /** The id of what a {@code 201} created. */
    public static String created(ApiResponse answer) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
        return answer.body().path("id").asString();
    }
}
