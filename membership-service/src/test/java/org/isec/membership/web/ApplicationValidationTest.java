package org.isec.membership.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;

import org.isec.membership.support.IntegrationTest;
import org.isec.membership.support.TestVat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Every rule of an application, broken one at a time through the API, answered 422 naming the field. */
class ApplicationValidationTest extends IntegrationTest {

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of("organization.vatNumber", "\"vatNumber\": \"VAT\"", "\"vatNumber\": \"12345678901\""),
                Arguments.of("organization.vatNumber", "\"vatNumber\": \"VAT\"", "\"vatNumber\": \"DE12345\""),
                Arguments.of("organization.legalForm", "\"legalForm\": \"SRL\"", "\"legalForm\": \"GMBH\""),
                Arguments.of("organization.atecoCodes[0]", "\"56.10.11\"", "\"5610\""),
                Arguments.of("organization.province", "\"province\": \"MI\"", "\"province\": \"ZZ\""),
                Arguments.of("organization.region", "\"region\": \"Lombardia\"", "\"region\": \"Atlantide\""),
                Arguments.of("organization.languages[1]", "[\"it\", \"ar\", \"en\"]", "[\"it\", \"arabic\"]"),
                Arguments.of("contact.email", "\"amina@example.org\"", "\"amina at example\""),
                Arguments.of("contact.language", "\"language\": \"ar\"", "\"language\": \"xx\""),
                Arguments.of("charterAccepted", "\"charterAccepted\": true", "\"charterAccepted\": false"),
                Arguments.of("charterVersion", "\"charterVersion\": \"CURRENT\"", "\"charterVersion\": \"0\""));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("brokenRules")
    void eachBrokenRuleIsRefusedNamingItsField(String field, String valid, String broken) throws Exception {
        apply(body().replace(valid, broken))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    @Test
    void everyBrokenRuleIsListedInOneAnswer() throws Exception {
        apply(body().replace("\"vatNumber\": \"VAT\"", "\"vatNumber\": \"123\"")
                .replace("\"province\": \"MI\"", "\"province\": \"ZZ\"")
                .replace("\"amina@example.org\"", "\"nope\"")
                .replace("\"charterAccepted\": true", "\"charterAccepted\": false"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItems("organization.vatNumber",
                        "organization.province", "contact.email", "charterAccepted")));
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() throws Exception {
        apply("{\"organization\": ").andExpect(status().isBadRequest());
        apply("{\"organization\": {\"employees\": \"many\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organization.employees"));
    }

    private String body() throws Exception {
        return applicationBody("VAT")
                .replace("\"charterVersion\": \"" + currentCharterVersion() + "\"", "\"charterVersion\": \"CURRENT\"");
    }

    private ResultActions apply(String body) throws Exception {
        String version = currentCharterVersion();
        return mvc.perform(post("/api/membership/applications").with(user(newUserId()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("\"vatNumber\": \"VAT\"", "\"vatNumber\": \"" + TestVat.random() + "\"")
                        .replace("\"charterVersion\": \"CURRENT\"", "\"charterVersion\": \"" + version + "\"")));
    }
}
