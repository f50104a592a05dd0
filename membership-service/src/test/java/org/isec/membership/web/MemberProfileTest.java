package org.isec.membership.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.isec.contracts.JsonSchemas;
import org.isec.membership.support.IntegrationTest;
import org.isec.membership.support.TestVat;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class MemberProfileTest extends IntegrationTest {

    @Test
    void theDirectoryFiltersBySectorPlaceLanguageAndCapability() throws Exception {
        Member caterer = newMember();
        String tailorsBody = applicationBody(TestVat.random())
                .replace("\"56.10.11\"", "\"14.13.10\"").replace("\"province\": \"MI\"", "\"province\": \"BS\"")
                .replace("[\"it\", \"ar\", \"en\"]", "[\"it\", \"zh\"]")
                .replace("\"catering\", \"halal food\", \"event services\"", "\"tailoring\", \"textile repair\"");
        String tailors = approve(apply(newUserId(), tailorsBody));

        mvc.perform(get("/api/membership/members").param("sector", "14.13").param("size", "100")
                        .with(member(caterer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].memberId", hasItem(tailors)))
                .andExpect(jsonPath("$.items[*].memberId", not(hasItem(caterer.memberId()))));
        mvc.perform(get("/api/membership/members").param("province", "BS").param("language", "zh")
                        .param("capability", "TEXTILE").param("size", "100").with(operator()))
                .andExpect(jsonPath("$.items[*].memberId", hasItem(tailors)))
                .andExpect(jsonPath("$.items[*].memberId", not(hasItem(caterer.memberId()))));
        mvc.perform(get("/api/membership/members").param("region", "lombardia").param("sector", "56")
                        .param("size", "100").with(operator()))
                .andExpect(jsonPath("$.items[*].memberId", hasItem(caterer.memberId())));
    }

    @Test
    void otherMembersSeeTheOrganisationButNotItsContact() throws Exception {
        Member a = newMember();
        Member b = newMember();

        mvc.perform(get("/api/membership/members/{id}", a.memberId()).with(member(b)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organization.legalName").value("Sapori del Nilo S.r.l."))
                .andExpect(jsonPath("$.standing").value("ACTIVE"))
                .andExpect(jsonPath("$.charter.version").isNotEmpty())
                .andExpect(jsonPath("$.contact").doesNotExist());
        mvc.perform(get("/api/membership/members/me").with(member(a)))
                .andExpect(jsonPath("$.memberId").value(a.memberId()))
                .andExpect(jsonPath("$.contact.email").value("amina@example.org"));
    }

    @Test
    void theDirectoryIsForMembersAndOperatorsAndFiltersAreChecked() throws Exception {
        mvc.perform(get("/api/membership/members").with(user(newUserId())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/membership/members").param("province", "ZZ").param("sector", "x").with(operator()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("province")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("sector")));
    }

    @Test
    void aMemberChangesItsOwnProfileAndTheChangeIsPublished() throws Exception {
        Member m = newMember();

        mvc.perform(patch("/api/membership/members/{id}", m.memberId()).with(member(m))
                        .contentType("application/merge-patch+json")
                        .content("{\"organization\": {\"capabilities\": [\"catering\", \"cooking classes\"],"
                                + " \"employees\": 11}, \"contact\": {\"language\": \"fr\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organization.capabilities[1]").value("cooking classes"))
                .andExpect(jsonPath("$.organization.employees").value(11))
                .andExpect(jsonPath("$.contact.language").value("fr"));

        var updated = events.await("isec.membership.MemberProfileUpdated", m.memberId());
        assertThat(JsonSchemas.validate("isec.membership.MemberProfileUpdated", 1, updated.data())).isEmpty();
        assertThat(read(updated.json()).get("changedFields").toString())
                .contains("capabilities", "employees", "contact.language");
    }

    @Test
    void identityFactsAndStandingCannotBeChangedThroughTheProfile() throws Exception {
        Member m = newMember();

        mvc.perform(patch("/api/membership/members/{id}", m.memberId()).with(member(m))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"standing\": \"ACTIVE\", \"organization\": {\"vatNumber\": \"12345678903\","
                                + " \"legalName\": \"Other S.r.l.\", \"city\": \"Monza\"}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("standing")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("organization.vatNumber")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("organization.legalName")));
        mvc.perform(get("/api/membership/members/me").with(member(m)))
                .andExpect(jsonPath("$.organization.city").value("Milano"));
    }

    @Test
    void onlyTheOrganisationItselfChangesItsProfile() throws Exception {
        Member owner = newMember();
        Member other = newMember();

        mvc.perform(patch("/api/membership/members/{id}", owner.memberId()).with(member(other))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"organization\": {\"city\": \"Lodi\"}}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OWN_ORGANISATION_ONLY"));
        mvc.perform(patch("/api/membership/members/{id}", owner.memberId()).with(operator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"organization\": {\"city\": \"Lodi\"}}"))
                .andExpect(status().isForbidden());
        mvc.perform(patch("/api/membership/members/{id}", owner.memberId()).with(member(owner))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"organization\": {\"province\": \"TO\"}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("organization.province"));
    }
}
