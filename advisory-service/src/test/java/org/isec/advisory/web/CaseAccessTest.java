package org.isec.advisory.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.isec.advisory.Tokens.advisor;
import static org.isec.advisory.Tokens.member;
import static org.isec.advisory.Tokens.newId;
import static org.isec.advisory.Tokens.operator;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.isec.advisory.Api;
import org.isec.advisory.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CaseAccessTest {

    @Autowired
    MockMvc mvc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    @Test
    void onlyTheOrganisationTheAssignedAdvisorAndOperatorsSeeACase() throws Exception {
        String org = newId();
        String assigned = newId();
        String otherAdvisor = newId();
        api.advisor(assigned, "[\"FINANCIAL\"]", "[\"it\"]");
        api.advisor(otherAdvisor, "[\"FINANCIAL\"]", "[\"it\"]");
        String id = api.assignedRequest(org, assigned);

        mvc.perform(get("/api/advisory/requests/{id}", id).with(member(org, newId()))).andExpect(status().isOk());
        mvc.perform(get("/api/advisory/requests/{id}", id).with(advisor(assigned))).andExpect(status().isOk());
        mvc.perform(get("/api/advisory/requests/{id}", id).with(operator())).andExpect(status().isOk());

        mvc.perform(get("/api/advisory/requests/{id}", id).with(member(newId())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/advisory/requests/{id}", id).with(advisor(otherAdvisor))).andExpect(status().isNotFound());
        mvc.perform(get("/api/advisory/requests/{id}/sessions", id).with(member(newId()))).andExpect(status().isNotFound());
        mvc.perform(get("/api/advisory/requests").with(member(newId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", not(hasItem(id))));
        mvc.perform(get("/api/advisory/requests").with(advisor(assigned)))
                .andExpect(jsonPath("$[*].id", hasItem(id)));
    }

    @Test
    void anotherMembersCaseCannotBeChangedEither() throws Exception {
        String id = api.request(newId(), "MARKETING", "ar");

        api.json(post("/api/advisory/requests/{id}/close", id).with(member(newId())),
                        "{\"outcome\": \"hijacked\", \"satisfaction\": 1}")
                .andExpect(status().isNotFound());
        api.json(post("/api/advisory/requests/{id}/notes", id).with(member(newId())), "{\"text\": \"hello\"}")
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyOperatorsAssign() throws Exception {
        String org = newId();
        String advisorId = newId();
        api.advisor(advisorId, "[\"LEGAL\"]", "[\"it\"]");
        String id = api.request(org, "LEGAL", "it");

        api.json(post("/api/advisory/requests/{id}/assign", id).with(member(org)), "{\"advisorId\": \"" + advisorId + "\"}")
                .andExpect(status().isForbidden());
        api.json(post("/api/advisory/requests/{id}/assign", id).with(advisor(advisorId)),
                        "{\"advisorId\": \"" + advisorId + "\"}")
                .andExpect(status().isForbidden());
    }

    @Test
    void assigningSomeoneWithoutAnAdvisorProfileNamesTheField() throws Exception {
        String id = api.request(newId(), "LEGAL", "it");

        api.json(post("/api/advisory/requests/{id}/assign", id).with(operator()), "{\"advisorId\": \"" + newId() + "\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("advisorId"));
    }

    @Test
    void badRequestsNameTheirFields() throws Exception {
        String org = newId();
        api.json(post("/api/advisory/requests").with(member(org)),
                        "{\"area\": \"FINANCIAL\", \"description\": \"x\", \"preferredLanguage\": \"french\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("preferredLanguage"));
        api.json(post("/api/advisory/requests").with(member(org)),
                        "{\"area\": \"ASTROLOGY\", \"description\": \"x\", \"preferredLanguage\": \"it\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("area"));
        api.json(post("/api/advisory/requests").with(member(org)), "{\"area\": \"FINANCIAL\", \"preferredLanguage\": \"it\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("description"));

        String id = api.request(org, "FINANCIAL", "it");
        api.json(post("/api/advisory/requests/{id}/close", id).with(member(org)),
                        "{\"outcome\": \"done\", \"satisfaction\": 9}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("satisfaction"));
    }

    @Test
    void aCallerWithoutOrganisationCannotAskForAdvice() throws Exception {
        api.json(post("/api/advisory/requests").with(advisor(newId())),
                        "{\"area\": \"FINANCIAL\", \"description\": \"x\", \"preferredLanguage\": \"it\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("NO_ORGANISATION"));
    }

    @Test
    void anonymousCallersAreUnauthorised() throws Exception {
        mvc.perform(get("/api/advisory/requests")).andExpect(status().isUnauthorized());
    }
}
