package org.isec.membership.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.isec.contracts.JsonSchemas;
import org.isec.membership.domain.StandingService;
import org.isec.membership.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.node.ObjectNode;

class CharterFlowTest extends IntegrationTest {

    @Autowired
    StandingService standing;

    @Test
    void theCharterIsPublicInItalianByDefaultWithTheTenPrinciples() throws Exception {
        mvc.perform(get("/api/membership/charter"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "it"))
                .andExpect(jsonPath("$.language").value("it"))
                .andExpect(jsonPath("$.principles", hasSize(10)))
                .andExpect(jsonPath("$.principles[9].area").value("ANTI_CORRUPTION"))
                .andExpect(jsonPath("$.principles[0].title").value("Sostenere i diritti umani"))
                .andExpect(jsonPath("$.operatingRules[1].code").value("NO_BRIBERY"));
    }

    @Test
    void theLanguageComesFromTheQueryThenAcceptLanguageAndFallsBackToItalian() throws Exception {
        mvc.perform(get("/api/membership/charter").param("lang", "ar"))
                .andExpect(jsonPath("$.language").value("ar"))
                .andExpect(jsonPath("$.direction").value("rtl"));
        mvc.perform(get("/api/membership/charter").header("Accept-Language", "zh-CN,zh;q=0.9"))
                .andExpect(jsonPath("$.language").value("zh"));
        mvc.perform(get("/api/membership/charter").param("lang", "de"))
                .andExpect(jsonPath("$.requestedLanguage").value("de"))
                .andExpect(jsonPath("$.language").value("it"));
        mvc.perform(get("/api/membership/charter").param("lang", "en"))
                .andExpect(jsonPath("$.principles[3].title").value("No forced labour"))
                .andExpect(jsonPath("$.reviewed").value(false));
    }

    @Test
    void onlyOperatorsPublishAndAnIncompleteCharterIsRefusedNamingWhatIsMissing() throws Exception {
        String body = publishBody(0);
        mvc.perform(post("/api/membership/charter").with(user(newUserId()))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/membership/charter").with(operator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"changeNote\": \"x\", \"texts\": {\"fr\": {\"title\": \"Charte\"}}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems(
                        "texts.it", "texts.en", "texts.fr.principles", "texts.fr.operatingRules")));
    }

    @Test
    void aMemberThatMissesTheGracePeriodIsSuspendedUntilItAcceptsTheNewVersion() throws Exception {
        Member late = newMember();

        String published = read(mvc.perform(post("/api/membership/charter").with(operator())
                        .contentType(MediaType.APPLICATION_JSON).content(publishBody(0)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("version").asString();
        var announced = events.await("isec.membership.CharterPublished", published);
        assertThat(JsonSchemas.validate("isec.membership.CharterPublished", 1, announced.data())).isEmpty();
        mvc.perform(get("/api/membership/charter")).andExpect(jsonPath("$.version").value(published));

        // The scheduled job, run now instead of waiting for its interval; a second run finds nothing to do.
        assertThat(standing.suspendMembersLateOnCharter()).isPositive();
        standing.suspendMembersLateOnCharter();
        var suspended = events.await("isec.membership.MemberSuspended", late.memberId());
        assertThat(read(suspended.json()).get("reason").asString()).isEqualTo("CHARTER_NOT_ACCEPTED");
        assertThat(events.about(late.memberId()).stream()
                .filter(e -> e.type().equals("isec.membership.MemberSuspended"))).hasSize(1);
        mvc.perform(post("/api/membership/members/{id}/reinstate", late.memberId()).with(operator()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CHARTER_ACCEPTANCE_REQUIRED"));

        mvc.perform(post("/api/membership/charter/acceptances").with(suspendedMember(late))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"charterVersion\": \"" + published + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.charterVersion").value(published))
                .andExpect(jsonPath("$.standing").value("ACTIVE"));

        var accepted = events.await("isec.membership.CharterAccepted", late.memberId());
        assertThat(JsonSchemas.validate("isec.membership.CharterAccepted", 1, accepted.data())).isEmpty();
        var reinstated = events.await("isec.membership.MemberReinstated", late.memberId());
        assertThat(read(reinstated.json()).get("reason").asString()).isEqualTo("CHARTER_ACCEPTED");
        mvc.perform(get("/api/membership/members/me").with(member(late)))
                .andExpect(jsonPath("$.charter.version").value(published))
                .andExpect(jsonPath("$.charter.acceptedAt").isNotEmpty())
                .andExpect(jsonPath("$.standing").value("ACTIVE"));

        mvc.perform(post("/api/membership/charter/acceptances").with(member(late))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"charterVersion\": \"" + published + "\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void aMemberWithinTheGracePeriodKeepsTrading() throws Exception {
        mvc.perform(post("/api/membership/charter").with(operator())
                        .contentType(MediaType.APPLICATION_JSON).content(publishBody(30)))
                .andExpect(status().isCreated());
        Member onTime = newMember();
        // Members admitted under the previous version have 30 days; this one even accepted the latest.
        standing.suspendMembersLateOnCharter();

        mvc.perform(get("/api/membership/members/me").with(member(onTime)))
                .andExpect(jsonPath("$.standing").value("ACTIVE"));
        mvc.perform(get("/api/membership/charter/versions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].acceptanceDeadline").isNotEmpty());
        mvc.perform(get("/api/membership/charter/versions/1").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value("1"))
                .andExpect(jsonPath("$.principles[4].title").value("Pas de travail des enfants"));
        mvc.perform(get("/api/membership/charter/versions/999")).andExpect(status().isNotFound());
    }

    /** The current texts, republished with a change note and the given grace period. */
    private String publishBody(int graceDays) throws Exception {
        ObjectNode texts = json.createObjectNode();
        for (String lang : new String[] {"it", "en"}) {
            ObjectNode text = (ObjectNode) read(mvc.perform(get("/api/membership/charter").param("lang", lang))
                    .andReturn().getResponse().getContentAsString());
            ObjectNode kept = json.createObjectNode();
            kept.set("title", text.get("title"));
            kept.set("preamble", text.get("preamble"));
            kept.set("principles", text.get("principles"));
            kept.set("operatingRules", text.get("operatingRules"));
            texts.set(lang, kept);
        }
        ObjectNode body = json.createObjectNode();
        body.put("graceDays", graceDays);
        body.put("changeNote", "Clearer wording of rule 5");
        body.set("texts", texts);
        return json.writeValueAsString(body);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor suspendedMember(Member m) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(t -> t.subject(m.userId()).claim("org_id", m.memberId()));
    }
}
