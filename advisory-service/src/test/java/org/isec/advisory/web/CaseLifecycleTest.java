package org.isec.advisory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.isec.advisory.Tokens.advisor;
import static org.isec.advisory.Tokens.member;
import static org.isec.advisory.Tokens.newId;
import static org.isec.advisory.Tokens.operator;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Year;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.cloudevents.CloudEvent;
import org.isec.advisory.IntegrationTest;
import org.isec.advisory.PublishedEvents;
import org.isec.contracts.IsecCloudEvents;
import org.isec.contracts.JsonSchemas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class CaseLifecycleTest {

    static PublishedEvents events;

    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void listen() {
        events = new PublishedEvents();
    }

    @AfterAll
    static void stop() {
        events.close();
    }

    @Test
    void requestIsSuggestedAssignedScheduledWorkedThroughAndClosed() throws Exception {
        String org = newId();
        String frenchFinance = newId();
        String italianMarketing = newId();
        advisorProfile(frenchFinance, "Awa Diop", "[\"FINANCIAL\", \"FUNDING\"]", "[\"it\", \"fr\"]");
        advisorProfile(italianMarketing, "Marta Rossi", "[\"MARKETING\"]", "[\"it\"]");

        String id = JsonPath.read(call(post("/api/advisory/requests").with(member(org)), """
                {"area": "FINANCIAL", "description": "Ci serve un prestito per il secondo negozio.",
                 "preferredLanguage": "fr"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("REQUESTED"))
                .andReturn().getResponse().getContentAsString(), "$.id");

        String suggestions = mvc.perform(get("/api/advisory/requests/{id}/suggestions", id).with(operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> ranked = JsonPath.read(suggestions, "$[*].advisorId");
        assertThat(ranked.indexOf(frenchFinance)).isLessThan(ranked.indexOf(italianMarketing));
        List<Integer> areaPoints = JsonPath.read(suggestions, "$[?(@.advisorId == '" + frenchFinance + "')].breakdown.area");
        List<Integer> languagePoints = JsonPath.read(suggestions,
                "$[?(@.advisorId == '" + italianMarketing + "')].breakdown.language");
        assertThat(areaPoints).containsExactly(55);
        assertThat(languagePoints).containsExactly(0);

        call(post("/api/advisory/requests/{id}/assign", id).with(operator()),
                "{\"advisorId\": \"" + frenchFinance + "\", \"reason\": \"speaks French, knows bank loans\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("NEEDS_ASSESSMENT"))
                .andExpect(jsonPath("$.advisor.name").value("Awa Diop"));

        int nextYear = Year.now().getValue() + 1;
        call(post("/api/advisory/requests/{id}/sessions", id).with(advisor(frenchFinance)), """
                {"start": "%d-01-15T10:00", "end": "%d-01-15T11:30", "mode": "VIDEO",
                 "location": "https://meet.example/isec-42"}""".formatted(nextYear, nextYear))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.start").value(nextYear + "-01-15T10:00:00+01:00"))
                .andExpect(jsonPath("$.end").value(nextYear + "-01-15T11:30:00+01:00"))
                .andExpect(jsonPath("$.timeZone").value("Europe/Rome"));

        call(post("/api/advisory/requests/{id}/notes", id).with(advisor(frenchFinance)),
                "{\"text\": \"Two shops, turnover 280k, needs 50k for equipment.\"}")
                .andExpect(status().isCreated());
        call(post("/api/advisory/requests/{id}/phases", id).with(advisor(frenchFinance)), "{\"phase\": \"IMPLEMENTATION\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("PHASE_ORDER"));
        call(post("/api/advisory/requests/{id}/phases", id).with(advisor(frenchFinance)), "{\"phase\": \"PLAN\"}")
                .andExpect(status().isOk());
        String withAction = call(post("/api/advisory/requests/{id}/actions", id).with(advisor(frenchFinance)),
                "{\"description\": \"Bring the last two balance sheets\", \"owner\": \"MEMBER\", \"dueDate\": \""
                        + nextYear + "-02-01\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String actionId = JsonPath.read(withAction, "$.phases[1].actions[0].id");
        mvc.perform(post("/api/advisory/requests/{id}/actions/{action}/done", id, actionId).with(member(org)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phases[1].actions[0].done").value(true));
        call(post("/api/advisory/requests/{id}/phases", id).with(advisor(frenchFinance)), "{\"phase\": \"IMPLEMENTATION\"}")
                .andExpect(status().isOk());
        call(post("/api/advisory/requests/{id}/phases", id).with(operator()), "{\"phase\": \"MONITORING\"}")
                .andExpect(status().isOk());

        call(post("/api/advisory/requests/{id}/close", id).with(member(org)),
                "{\"outcome\": \"Loan application submitted to the bank\", \"satisfaction\": 5}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("CLOSED"))
                .andExpect(jsonPath("$.closure.satisfaction").value(5))
                .andExpect(jsonPath("$.phases[*].phase").value(contains(
                        "NEEDS_ASSESSMENT", "PLAN", "IMPLEMENTATION", "MONITORING")))
                .andExpect(jsonPath("$.phases[0].notes[0].text").value("Two shops, turnover 280k, needs 50k for equipment."))
                .andExpect(jsonPath("$.sessions[0].mode").value("VIDEO"));

        for (String type : List.of("AdvisoryRequested", "AdvisorAssigned", "AdvisorySessionScheduled",
                "AdvisoryCaseClosed")) {
            CloudEvent event = events.awaitOne("isec.advisory." + type, id);
            assertThat(JsonSchemas.validate(event.getType(), 1, IsecCloudEvents.dataBytes(event)))
                    .as(type + " matches its JSON Schema").isEmpty();
        }
        assertThat(new String(IsecCloudEvents.dataBytes(events.awaitOne("isec.advisory.AdvisoryCaseClosed", id))))
                .contains("\"satisfaction\":5").contains(frenchFinance);
    }

    @Test
    void closedCaseRefusesFurtherWork() throws Exception {
        String org = newId();
        String id = JsonPath.read(call(post("/api/advisory/requests").with(member(org)),
                "{\"area\": \"LEGAL\", \"description\": \"Contratto di affitto\", \"preferredLanguage\": \"it\"}")
                .andReturn().getResponse().getContentAsString(), "$.id");
        call(post("/api/advisory/requests/{id}/close", id).with(member(org)),
                "{\"outcome\": \"Solved by the member alone\", \"satisfaction\": 3}").andExpect(status().isOk());

        call(post("/api/advisory/requests/{id}/notes", id).with(member(org)), "{\"text\": \"one more thing\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CASE_CLOSED"));
    }

    @Test
    void onlyTheMembersOrganisationRatesTheAdviceWhenClosing() throws Exception {
        String org = newId();
        String advisor = newId();
        advisorProfile(advisor, "Luca Bianchi", "[\"MARKETING\"]", "[\"it\"]");
        String id = JsonPath.read(call(post("/api/advisory/requests").with(member(org)),
                "{\"area\": \"MARKETING\", \"description\": \"Nuovo sito\", \"preferredLanguage\": \"it\"}")
                .andReturn().getResponse().getContentAsString(), "$.id");
        call(post("/api/advisory/requests/{id}/assign", id).with(operator()), "{\"advisorId\": \"" + advisor + "\"}")
                .andExpect(status().isOk());

        call(post("/api/advisory/requests/{id}/close", id).with(member(org)), "{\"outcome\": \"Site online\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("satisfaction"));
        call(post("/api/advisory/requests/{id}/close", id).with(advisor(advisor)),
                "{\"outcome\": \"Site online\", \"satisfaction\": 5}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("satisfaction"));
        call(post("/api/advisory/requests/{id}/close", id).with(operator()),
                "{\"outcome\": \"Site online\", \"satisfaction\": 5}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("satisfaction"));
        mvc.perform(get("/api/advisory/requests/{id}", id).with(member(org)))
                .andExpect(jsonPath("$.stage").value("NEEDS_ASSESSMENT"));

        call(post("/api/advisory/requests/{id}/close", id).with(advisor(advisor)), "{\"outcome\": \"Site online\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("CLOSED"))
                .andExpect(jsonPath("$.closure.satisfaction").doesNotExist());
        CloudEvent closed = events.awaitOne("isec.advisory.AdvisoryCaseClosed", id);
        assertThat(JsonSchemas.validate(closed.getType(), 1, IsecCloudEvents.dataBytes(closed))).isEmpty();
        assertThat(new String(IsecCloudEvents.dataBytes(closed))).doesNotContain("satisfaction");
    }

    private void advisorProfile(String userId, String name, String areas, String languages) throws Exception {
        call(put("/api/advisory/advisors/{id}", userId).with(operator()), """
                {"displayName": "%s", "email": "%s@consorzio-isec.it", "areas": %s, "languages": %s,
                 "maxOpenCases": 5}""".formatted(name, userId, areas, languages))
                .andExpect(status().isOk());
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
