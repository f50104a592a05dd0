package org.isec.defaults.problem;

import java.util.List;
import java.util.Map;

import org.isec.defaults.testapp.ProbeController;
import org.isec.defaults.testapp.TestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ProbeController.class)
@ContextConfiguration(classes = TestApplication.class)
class ProblemMappingTest {

    private static final String VALID = """
            {"organization": {"legalName": "Sartoria Baobab", "vatNumber": "IT12345678901"},
             "languages": ["it", "fr"], "charter_accepted": true, "region": "LOMBARDIA", "employees": 4,
             "lots": [{"title": "Uniforms"}]}
            """;

    @Autowired
    MockMvc mvc;

    @Test
    void validBodyPasses() throws Exception {
        mvc.perform(postJson("/api/test/applications", VALID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.by").value("user-1"));
    }

    @Test
    void beanValidationNamesEveryBadFieldByItsJsonPath() throws Exception {
        String body = """
                {"organization": {"legalName": " ", "vatNumber": "12"},
                 "languages": ["it", ""], "charter_accepted": false, "lots": [{"title": "ok"}, {"title": ""}]}
                """;
        mvc.perform(postJson("/api/test/applications", body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.instance").value("/api/test/applications"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("organization.legalName",
                        "organization.vatNumber", "languages[1]", "charter_accepted", "lots[1].title")))
                .andExpect(jsonPath("$.errors[?(@.field == 'organization.legalName')].message")
                        .value("must not be blank"));
    }

    @Test
    void titlesAndMessagesFollowAcceptLanguageItalian() throws Exception {
        mvc.perform(postJson("/api/test/applications", "{\"languages\": []}").header("Accept-Language", "it-IT,it;q=0.9"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Richiesta non valida"))
                .andExpect(jsonPath("$.errors[?(@.field == 'organization')].message").value("non deve essere null"));
    }

    @Test
    void otherLanguagesGetEnglish() throws Exception {
        mvc.perform(get("/api/test/items/{id}", "7b1c3c36-4a3e-4a7e-9d1a-3c2c1a0b9e11").with(member())
                        .header("Accept-Language", "fr-FR,fr;q=0.9"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("item 7b1c3c36-4a3e-4a7e-9d1a-3c2c1a0b9e11 was not found."));
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() throws Exception {
        mvc.perform(postJson("/api/test/applications", "{\"organization\": {\"legalName\": \"x\",, }"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The request body is not valid JSON."))
                .andExpect(jsonPath("$.errors[0].message", containsString("line 1")));
    }

    @Test
    void wrongTypeNamesTheFieldAndTheExpectedType() throws Exception {
        String body = VALID.replace("\"employees\": 4", "\"employees\": \"four\"");
        mvc.perform(postJson("/api/test/applications", body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("employees"))
                .andExpect(jsonPath("$.errors[0].message").value("must be an integer"));
    }

    @Test
    void textWithControlCharactersOrLoneSurrogatesIsRefusedAndNamed() throws Exception {
        for (String bad : new String[] {"Sapori\\u0000", "Sapori\\ud83d", "Sapori\\u001b[2J"}) {
            mvc.perform(postJson("/api/test/applications", VALID.replace("\"Sartoria Baobab\"", "\"" + bad + "\"")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("organization.legalName"))
                    .andExpect(jsonPath("$.errors[0].message").value("must not contain control characters or unpaired surrogates"));
        }
        // A right-to-left override would make the name display as something else ("invoiceexe.pdf").
        mvc.perform(postJson("/api/test/applications", VALID.replace("\"Sartoria Baobab\"", "\"invoice\\u202efdp.exe\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organization.legalName"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("must not contain bidirectional embedding or override characters (U+202A to U+202E)"));
        // Right-to-left text, emoji, combining marks and line breaks are text like any other, kept in NFC: the
        // decomposed e + combining acute arrives as the precomposed é; everything else exactly as sent.
        mvc.perform(postJson("/api/test/applications", VALID.replace("\"Sartoria Baobab\"",
                        "\"\u0645\u0637\u0628\u062e \ud83d\udc69\ud83c\udffd\u200d\ud83c\udf73 e\u0301\\n\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.legalName").value("\u0645\u0637\u0628\u062e \ud83d\udc69\ud83c\udffd\u200d\ud83c\udf73 \u00e9\n"));
    }

    @Test
    void aFractionIsNotAnIntegerAndANumberIsNotABoolean() throws Exception {
        mvc.perform(postJson("/api/test/applications", VALID.replace("\"employees\": 4", "\"employees\": 1.5")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("employees"));
        mvc.perform(postJson("/api/test/applications", VALID.replace("\"charter_accepted\": true", "\"charter_accepted\": 1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("charter_accepted"));
    }

    @Test
    void numbersDatesAndTextOutsideWhatAnyFieldMayHoldAreNamed() throws Exception {
        Map<String, String> refused = Map.of(
                "{\"weight\": 1e400}", "weight",
                "{\"amount\": 1e400}", "amount",
                "{\"amount\": 12345678901234567890}", "amount",
                "{\"at\": \"+10000-01-01T00:00:00Z\"}", "at",
                "{\"day\": \"0001-01-01\"}", "day",
                "{\"tags\": [\"ok\", \"" + "x".repeat(StrictInput.MAX_TEXT + 1) + "\"]}", "tags[1]");
        for (var input : refused.entrySet()) {
            mvc.perform(postJson("/api/test/measures", input.getKey()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(input.getValue()));
        }
        mvc.perform(postJson("/api/test/measures", "{\"weight\": 0.25, \"amount\": 999999999999999.99, "
                        + "\"at\": \"2027-03-01T10:00:00Z\", \"day\": \"1950-06-02\", \"tags\": [\"a\"]}"))
                .andExpect(status().isOk());
    }

    @Test
    void numberTooBigForItsFieldIsNamed() throws Exception {
        String body = VALID.replace("\"employees\": 4", "\"employees\": 99999999999999");
        mvc.perform(postJson("/api/test/applications", body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("One or more fields are invalid."))
                .andExpect(jsonPath("$.errors[0].field").value("employees"))
                .andExpect(jsonPath("$.errors[0].message").value("must be an integer"));
    }

    @Test
    void wrongTypeInsideAListIsNamedWithItsIndex() throws Exception {
        String body = VALID.replace("[{\"title\": \"Uniforms\"}]", "[{\"title\": \"Uniforms\"}, 7]");
        mvc.perform(postJson("/api/test/applications", body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lots[1]"))
                .andExpect(jsonPath("$.errors[0].message").value("must be an object"));
    }

    @Test
    void unknownEnumValueListsTheAllowedValues() throws Exception {
        String body = VALID.replace("LOMBARDIA", "ATLANTIDE");
        mvc.perform(postJson("/api/test/applications", body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("region"))
                .andExpect(jsonPath("$.errors[0].message").value("must be one of [LOMBARDIA, PIEMONTE]"));
    }

    @Test
    void missingBodyIsNamed() throws Exception {
        mvc.perform(post("/api/test/applications").with(member()).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
    }

    @Test
    void unknownPropertiesAreIgnored() throws Exception {
        mvc.perform(postJson("/api/test/applications", VALID.replace("\"employees\": 4", "\"employees\": 4, \"status\": \"APPROVED\"")))
                .andExpect(status().isOk());
    }

    @Test
    void badQueryParametersAreNamed() throws Exception {
        mvc.perform(get("/api/test/search").param("page", "0").param("region", "LOMBARDIA").with(member()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].message").value("must be greater than or equal to 1"));
        mvc.perform(get("/api/test/search").param("page", "x").param("region", "LOMBARDIA").with(member()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].message").value("must be an integer"));
        mvc.perform(get("/api/test/search").param("page", "1").param("region", "MARTE").with(member()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("region"))
                .andExpect(jsonPath("$.errors[0].message").value("must be one of [LOMBARDIA, PIEMONTE]"));
        mvc.perform(get("/api/test/search").param("page", "1").with(member()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("region"))
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
    }

    @Test
    void badPathVariableIsNamed() throws Exception {
        mvc.perform(get("/api/test/items/{id}", "not-a-uuid").with(member()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a UUID"));
    }

    @Test
    void domainRulesOnInputAre422WithEveryField() throws Exception {
        mvc.perform(post("/api/test/rules").with(member()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].field").value("budget.min"))
                .andExpect(jsonPath("$.errors[1].field").value("bidDeadline"));
    }

    @Test
    void stateConflictsAre409WithCode() throws Exception {
        mvc.perform(post("/api/test/conflict").with(member()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_DECIDED"))
                .andExpect(jsonPath("$.detail").value("The application was already approved."));
        mvc.perform(get("/api/test/lock").with(member()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONCURRENT_MODIFICATION"));
        mvc.perform(get("/api/test/duplicate").with(member()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("DUPLICATE"));
    }

    @Test
    void forbiddenDomainActionIs403WithCode() throws Exception {
        mvc.perform(get("/api/test/forbidden").with(member()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("MEMBER_SUSPENDED"));
    }

    @Test
    void unexpectedFailureIs500WithCorrelationIdAndNoInternals() throws Exception {
        mvc.perform(get("/api/test/boom").with(member()).header("X-Correlation-Id", "corr-42"))
                .andExpect(status().isInternalServerError())
                .andExpect(header().string("X-Correlation-Id", "corr-42"))
                .andExpect(jsonPath("$.correlationId").value("corr-42"))
                .andExpect(jsonPath("$.detail", containsString("corr-42")))
                .andExpect(content().string(not(containsString("secret internal detail"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }

    @Test
    void everyProblemCarriesAGeneratedCorrelationId() throws Exception {
        mvc.perform(post("/api/test/conflict").with(member()))
                .andExpect(header().string("X-Correlation-Id", notNullValue()))
                .andExpect(jsonPath("$.correlationId").isString());
    }

    @Test
    void unsupportedMediaTypeIs415() throws Exception {
        mvc.perform(post("/api/test/applications").with(member()).contentType(MediaType.TEXT_PLAIN).content("hi"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unsupported media type"));
    }

    @Test
    void wrongMethodIs405() throws Exception {
        mvc.perform(get("/api/test/conflict").with(member()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("POST")))
                .andExpect(jsonPath("$.title").value("Method not allowed"));
    }

    @Test
    void problemsAreJsonEvenForClientsThatAskForSomethingElse() throws Exception {
        mvc.perform(get("/api/test/items/{id}", "7b1c3c36-4a3e-4a7e-9d1a-3c2c1a0b9e11").with(member())
                        .accept(MediaType.APPLICATION_XML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Not found"));
        mvc.perform(get("/api/test/public/hello").accept(MediaType.APPLICATION_XML))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void unknownPathIs404Problem() throws Exception {
        mvc.perform(get("/api/test/nothing-here").with(member()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("There is no endpoint GET /api/test/nothing-here."));
    }

    @Test
    void bodyOverTheLimitIs413() throws Exception {
        String big = "{\"pad\": \"" + "x".repeat(300 * 1024) + "\"}";
        mvc.perform(postJson("/api/test/echo", big))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The request body is larger than 262144 bytes."));
    }

    private MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(path).with(member()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor member() {
        return jwt().jwt(token -> token.subject("user-1").claim("realm_access", Map.of("roles", List.of("member"))));
    }
}
