package org.isec.membership.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.isec.contracts.JsonSchemas;
import org.isec.membership.support.IntegrationTest;
import org.isec.membership.support.PublishedEvents;
import org.isec.membership.support.TestVat;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class ApplicationFlowTest extends IntegrationTest {

    @Test
    void applyThenApprovePublishesMemberApprovedAsACloudEventWithValidData() throws Exception {
        String userId = newUserId();
        String vat = TestVat.random();
        mvcApply(userId, vat)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/membership/applications/")))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        String applicationId = ownApplications(userId);
        var applied = events.await("isec.membership.MembershipApplied", applicationId);
        assertThat(JsonSchemas.validate("isec.membership.MembershipApplied", 1, applied.data())).isEmpty();

        String memberId = approve(applicationId);

        PublishedEvents.Event approved = events.await("isec.membership.MemberApproved", memberId);
        assertThat(approved.key()).isEqualTo(memberId);
        assertThat(approved.header("ce_specversion")).isEqualTo("1.0");
        assertThat(approved.header("ce_source")).isEqualTo("/isec/membership");
        assertThat(approved.header("ce_id")).isNotBlank();
        assertThat(approved.header("ce_time")).isNotBlank();
        assertThat(approved.header("ce_dataschema")).isEqualTo("urn:isec:schema:isec.membership.MemberApproved:v1");
        assertThat(approved.header("content-type")).startsWith("application/json");
        assertThat(JsonSchemas.validate("isec.membership.MemberApproved", 1, approved.data())).isEmpty();
        var data = read(approved.json());
        assertThat(data.get("applicationId").asString()).isEqualTo(applicationId);
        assertThat(data.get("userId").asString()).isEqualTo(userId);
        assertThat(data.at("/contact/email").asString()).isEqualTo("amina@example.org");
        assertThat(data.at("/contact/language").asString()).isEqualTo("ar");
        assertThat(data.at("/organization/province").asString()).isEqualTo("MI");

        mvc.perform(get("/api/membership/applications/{id}", applicationId).with(user(userId)))
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.memberId").value(memberId));
    }

    @Test
    void theApplicantSeesTheRejectionAndItsReason() throws Exception {
        String userId = newUserId();
        String applicationId = apply(userId, applicationBody(TestVat.random()));

        mvc.perform(post("/api/membership/applications/{id}/reject", applicationId).with(operator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Visura camerale missing\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/membership/applications/{id}", applicationId).with(user(userId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.decision.reason").value("Visura camerale missing"))
                .andExpect(jsonPath("$.decision.decidedBy").doesNotExist());
        var rejected = events.await("isec.membership.MembershipRejected", applicationId);
        assertThat(JsonSchemas.validate("isec.membership.MembershipRejected", 1, rejected.data())).isEmpty();
    }

    @Test
    void aPartnerClientCannotApply() throws Exception {
        mvc.perform(post("/api/membership/applications").with(jwt().jwt(t -> t.subject("service-account-partner"))
                                .authorities(new SimpleGrantedAuthority("ROLE_PARTNER")))
                        .contentType(MediaType.APPLICATION_JSON).content(applicationBody(TestVat.random())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("PARTNER_CLIENT"));
    }

    @Test
    void consortiumStaffCannotApplyNorDecideTheirOwnApplication() throws Exception {
        for (String role : List.of("ROLE_OPERATOR", "ROLE_ADVISOR", "ROLE_TRAINER")) {
            mvc.perform(post("/api/membership/applications").with(jwt().jwt(t -> t.subject(newUserId()))
                                    .authorities(new SimpleGrantedAuthority(role)))
                            .contentType(MediaType.APPLICATION_JSON).content(applicationBody(TestVat.random())))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("STAFF_ACCOUNT"));
        }
        // Someone who applied and was made an operator afterwards: another operator decides.
        String applicant = newUserId();
        String applicationId = apply(applicant, applicationBody(TestVat.random()));
        var sameUserAsOperator = jwt().jwt(t -> t.subject(applicant)).authorities(new SimpleGrantedAuthority("ROLE_OPERATOR"));
        mvc.perform(post("/api/membership/applications/{id}/approve", applicationId).with(sameUserAsOperator))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OWN_APPLICATION"));
        mvc.perform(post("/api/membership/applications/{id}/reject", applicationId).with(sameUserAsOperator)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"my own\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OWN_APPLICATION"));
        mvc.perform(get("/api/membership/applications/{id}", applicationId).with(operator()))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void anotherUserCannotTellTheApplicationExists() throws Exception {
        String applicationId = apply(newUserId(), applicationBody(TestVat.random()));

        mvc.perform(get("/api/membership/applications/{id}", applicationId).with(user(newUserId())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/membership/applications/{id}", "no-such-id").with(user(newUserId())))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyOperatorsDecide() throws Exception {
        String userId = newUserId();
        String applicationId = apply(userId, applicationBody(TestVat.random()));

        mvc.perform(post("/api/membership/applications/{id}/approve", applicationId).with(user(userId)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/membership/applications/{id}/approve", applicationId))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/membership/applications/{id}", applicationId).with(user(userId)))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void anApplicationIsDecidedOnlyOnce() throws Exception {
        String applicationId = apply(newUserId(), applicationBody(TestVat.random()));
        approve(applicationId);

        mvc.perform(post("/api/membership/applications/{id}/approve", applicationId).with(operator()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_DECIDED"));
        mvc.perform(post("/api/membership/applications/{id}/reject", applicationId).with(operator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"second thoughts\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_DECIDED"));
    }

    @Test
    void aVatNumberPendingOrMemberCannotApplyAgainHoweverItIsWritten() throws Exception {
        String vat = TestVat.random();
        apply(newUserId(), applicationBody(vat));

        mvcApply(newUserId(), "IT " + vat.substring(0, 5) + " " + vat.substring(5))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("VAT_ALREADY_REGISTERED"));
    }

    @Test
    void aRejectedOrganisationMayApplyAgain() throws Exception {
        String vat = TestVat.random();
        String first = apply(newUserId(), applicationBody(vat));
        mvc.perform(post("/api/membership/applications/{id}/reject", first).with(operator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"incomplete\"}"))
                .andExpect(status().isOk());

        mvcApply(newUserId(), vat).andExpect(status().isCreated());
    }

    @Test
    void oneUserHasOneOpenApplication() throws Exception {
        String userId = newUserId();
        apply(userId, applicationBody(TestVat.random()));

        mvcApply(userId, TestVat.random())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("APPLICATION_ALREADY_OPEN"));
    }

    @Test
    void operatorsListApplicationsByStatusAndSeeTheirDecisionsInTheAuditLog() throws Exception {
        String applicationId = apply(newUserId(), applicationBody(TestVat.random()));

        mvc.perform(get("/api/membership/applications").param("status", "SUBMITTED").param("size", "100")
                        .with(operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(applicationId)))
                .andExpect(jsonPath("$.size").value(100));

        String memberId = approve(applicationId);

        mvc.perform(get("/api/membership/audit").param("targetId", applicationId).with(operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].action").value("APPLICATION_APPROVED"))
                .andExpect(jsonPath("$.items[0].actor.username").value("operator"))
                .andExpect(jsonPath("$.items[0].reason").value("member " + memberId))
                .andExpect(jsonPath("$.items[0].at").isNotEmpty());
        mvc.perform(get("/api/membership/audit").with(user(newUserId()))).andExpect(status().isForbidden());
    }

    @Test
    void pagingParametersOutOfRangeAreNamed() throws Exception {
        mvc.perform(get("/api/membership/applications").param("size", "1000").with(operator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void theOpenApiDocumentIsPublicAndDescribesTheApi() throws Exception {
        mvc.perform(get("/api/membership/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("ISEC membership"))
                .andExpect(jsonPath("$.paths['/api/membership/applications'].post").exists())
                .andExpect(jsonPath("$.paths['/api/membership/applications/{id}/approve'].post").exists())
                .andExpect(jsonPath("$.paths['/api/membership/charter'].get").exists())
                .andExpect(jsonPath("$.paths['/api/membership/members/{id}'].patch").exists())
                .andExpect(jsonPath("$.paths['/api/membership/ethics-reports/{id}/resolve'].post").exists());
    }

    private org.springframework.test.web.servlet.ResultActions mvcApply(String userId, String vat) throws Exception {
        KEYCLOAK.addUser(userId);
        return mvc.perform(post("/api/membership/applications").with(user(userId))
                .contentType(MediaType.APPLICATION_JSON).content(applicationBody(vat)));
    }

    private String ownApplications(String userId) throws Exception {
        return read(mvc.perform(get("/api/membership/applications").with(user(userId)))
                .andReturn().getResponse().getContentAsString()).at("/items/0/id").asString();
    }
}
