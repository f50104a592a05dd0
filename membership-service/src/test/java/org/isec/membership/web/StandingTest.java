package org.isec.membership.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.isec.contracts.JsonSchemas;
import org.isec.membership.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class StandingTest extends IntegrationTest {

    @Test
    void suspendingAndReinstatingAreEventsAndAuditedDecisions() throws Exception {
        Member m = newMember();

        suspend(m.memberId(), "Unpaid membership fee")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standing").value("SUSPENDED"))
                .andExpect(jsonPath("$.suspension.reason").value("OPERATOR_DECISION"));
        var suspended = events.await("isec.membership.MemberSuspended", m.memberId());
        assertThat(JsonSchemas.validate("isec.membership.MemberSuspended", 1, suspended.data())).isEmpty();
        assertThat(read(suspended.json()).get("detail").asString()).isEqualTo("Unpaid membership fee");

        mvc.perform(post("/api/membership/members/{id}/reinstate", m.memberId()).with(operator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"Fee paid\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standing").value("ACTIVE"));
        var reinstated = events.await("isec.membership.MemberReinstated", m.memberId());
        assertThat(JsonSchemas.validate("isec.membership.MemberReinstated", 1, reinstated.data())).isEmpty();
        assertThat(read(reinstated.json()).get("reason").asString()).isEqualTo("OPERATOR_DECISION");

        mvc.perform(get("/api/membership/audit").param("targetId", m.memberId()).with(operator()))
                .andExpect(jsonPath("$.items[0].action").value("MEMBER_REINSTATED"))
                .andExpect(jsonPath("$.items[1].action").value("MEMBER_SUSPENDED"))
                .andExpect(jsonPath("$.items[1].reason").value("Unpaid membership fee"));
    }

    @Test
    void suspendingASuspendedMemberOrReinstatingAnActiveOneIsAConflict() throws Exception {
        Member m = newMember();

        mvc.perform(post("/api/membership/members/{id}/reinstate", m.memberId()).with(operator()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("NOT_SUSPENDED"));
        suspend(m.memberId(), "first").andExpect(status().isOk());
        suspend(m.memberId(), "second")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_SUSPENDED"));
    }

    @Test
    void onlyOperatorsChangeStandingAndTheyMustSayWhy() throws Exception {
        Member m = newMember();

        mvc.perform(post("/api/membership/members/{id}/suspend", m.memberId()).with(member(m))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"self\"}"))
                .andExpect(status().isForbidden());
        suspend(m.memberId(), " ")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        suspend("no-such-member", "x").andExpect(status().isNotFound());
    }

    @Test
    void aSuspendedMemberStillSeesItsOwnProfileAndWhy() throws Exception {
        Member m = newMember();
        suspend(m.memberId(), "Documents expired").andExpect(status().isOk());

        mvc.perform(get("/api/membership/members/me").with(jwtWithoutMemberRole(m)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standing").value("SUSPENDED"))
                .andExpect(jsonPath("$.suspension.detail").value("Documents expired"));
    }

    private org.springframework.test.web.servlet.ResultActions suspend(String memberId, String reason)
            throws Exception {
        return mvc.perform(post("/api/membership/members/{id}/suspend", memberId).with(operator())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"" + reason + "\"}"));
    }

    // A suspended member's new tokens lack the role but keep org_id.
    private static org.springframework.test.web.servlet.request.RequestPostProcessor jwtWithoutMemberRole(Member m) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(t -> t.subject(m.userId()).claim("org_id", m.memberId()));
    }
}
