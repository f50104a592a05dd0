package org.isec.systemtest.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isec.systemtest.support.Problems.assertProblem;

import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.SystemTest;
import org.junit.jupiter.api.Test;

/** Input the services cannot read is a client error with a problem document, never a 500. */
@SystemTest
class BadInputTest {

    private static final String APPLY = "/api/membership/applications";

    @Test
    void malformedJsonIsABadRequestProblem() {
        ApiResponse response = Api.as("amina").send("POST", APPLY, "application/json",
                "{\"organization\": {\"legalName\": \"Sapori del Nilo S.r.l.\", ");

        assertProblem(response, 400);
    }

    @Test
    void wrongJsonTypeIsABadRequestProblemNamingTheField() {
        ApiResponse response = Api.as("amina").send("POST", APPLY, "application/json",
                "{\"charterAccepted\": {\"not\": \"a boolean\"}}");

        assertThat(assertProblem(response, 400).path("errors").values())
                .extracting(error -> error.path("field").asString())
                .contains("charterAccepted");
    }
}
