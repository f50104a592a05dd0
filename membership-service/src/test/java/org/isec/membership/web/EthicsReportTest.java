package org.isec.membership.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.isec.contracts.JsonSchemas;
import org.isec.membership.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class EthicsReportTest extends IntegrationTest {

    private static final String DESCRIPTION = "Asked for a cash payment to the buyer's manager to win commission 12.";

    @Test
    void aReportIsAnEventThatNeverNamesTheReporter() throws Exception {
        Member reporter = newMember();
        Member subject = newMember();

        String reportId = file(reporter, subject.memberId(), 10, DESCRIPTION)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andReturn().getResponse().getContentAsString();
        String id = read(reportId).get("id").asString();

        var filed = events.await("isec.membership.EthicsReportFiled", id);
        assertThat(JsonSchemas.validate("isec.membership.EthicsReportFiled", 1, filed.data())).isEmpty();
        assertThat(filed.json()).doesNotContain(reporter.memberId()).doesNotContain(reporter.userId())
                .doesNotContain("cash payment");
    }

    @Test
    void theReportedMemberCannotSeeTheReportTheReporterAndOperatorsCan() throws Exception {
        Member reporter = newMember();
        Member subject = newMember();
        String id = read(file(reporter, subject.memberId(), 4, DESCRIPTION).andReturn().getResponse()
                .getContentAsString()).get("id").asString();

        mvc.perform(get("/api/membership/ethics-reports/{id}", id).with(member(subject)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/membership/ethics-reports").with(member(subject)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
        mvc.perform(get("/api/membership/ethics-reports/{id}", id).with(member(reporter)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/membership/ethics-reports").param("status", "OPEN").param("size", "100")
                        .with(operator()))
                .andExpect(jsonPath("$.items[*].id", hasItem(id)));
    }

    @Test
    void anUpheldReportSuspendsTheMemberAndIsResolvedOnce() throws Exception {
        Member reporter = newMember();
        Member subject = newMember();
        String id = read(file(reporter, subject.memberId(), 10, DESCRIPTION).andReturn().getResponse()
                .getContentAsString()).get("id").asString();

        mvc.perform(post("/api/membership/ethics-reports/{id}/resolve", id).with(member(reporter))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"SUSPENSION\", \"note\": \"x\"}"))
                .andExpect(status().isForbidden());
        resolve(id, "SUSPENSION").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED"))
                .andExpect(jsonPath("$.resolution.outcome").value("SUSPENSION"));

        var suspended = events.await("isec.membership.MemberSuspended", subject.memberId());
        assertThat(read(suspended.json()).get("reason").asString()).isEqualTo("ETHICS_SUSPENSION");
        assertThat(read(suspended.json()).get("ethicsReportId").asString()).isEqualTo(id);
        resolve(id, "DISMISSED").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_RESOLVED"));
    }

    @Test
    void aReportNeedsAnotherMemberAPrincipleAndADescription() throws Exception {
        Member reporter = newMember();

        file(reporter, reporter.memberId(), 11, "short")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("subjectMemberId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("principle")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("description")));
        mvc.perform(post("/api/membership/ethics-reports").with(user(newUserId()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subjectMemberId\": \"x\", \"principle\": 1, \"description\": \"" + DESCRIPTION
                                + "\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("NO_ORGANISATION"));
    }

    private org.springframework.test.web.servlet.ResultActions file(Member reporter, String subject, int principle,
                                                                     String description) throws Exception {
        return mvc.perform(post("/api/membership/ethics-reports").with(member(reporter))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"subjectMemberId\": \"%s\", \"principle\": %d, \"description\": \"%s\"}"
                        .formatted(subject, principle, description)));
    }

    private org.springframework.test.web.servlet.ResultActions resolve(String id, String outcome) throws Exception {
        return mvc.perform(post("/api/membership/ethics-reports/{id}/resolve", id).with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\": \"" + outcome + "\", \"note\": \"Confirmed by two members\"}"));
    }
}
