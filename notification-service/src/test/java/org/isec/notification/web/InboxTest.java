package org.isec.notification.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.isec.contracts.marketplace.SupplierMatch;
import org.isec.contracts.marketplace.SuppliersMatched;
import org.isec.contracts.membership.MemberReinstated;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.contracts.membership.MembershipApplied;
import org.isec.contracts.membership.ContactPerson;
import org.isec.notification.support.IntegrationTest;
import org.isec.notification.support.Smtp;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class InboxTest extends IntegrationTest {

    private static final String INBOX = "/api/notifications/inbox";

    @Test
    void theInboxPagesNewestFirstAndCountsWhatEachPersonHasNotRead() throws Exception {
        Org org = approvedMember("en");
        events.publish(new MemberSuspended(org.memberId(), MemberSuspended.OPERATOR_DECISION, "Fees unpaid.", null, Instant.now()));
        events.publish(new MemberReinstated(org.memberId(), MemberReinstated.OPERATOR_DECISION, null, Instant.now()));
        eventually().until(() -> Smtp.messagesTo(org.email()).size() == 3);
        RequestPostProcessor amina = member(org.userId(), org.memberId());
        RequestPostProcessor colleague = member(id(), org.memberId());

        JsonNode first = page(amina, 0, 2);
        assertThat(first.get("items").findValuesAsString("kind")).containsExactly("member-reinstated", "member-suspended");
        assertThat(first.get("total").asInt()).isEqualTo(3);
        assertThat(first.get("unread").asInt()).isEqualTo(3);
        assertThat(page(amina, 1, 2).get("items").findValuesAsString("kind")).containsExactly("member-welcome");

        mvc.perform(post(INBOX + "/{id}/read", first.get("items").get(0).get("id").asString()).with(amina))
                .andExpect(status().isNoContent());
        assertThat(page(amina, 0, 20).get("unread").asInt()).isEqualTo(2);
        assertThat(page(amina, 0, 20).get("items").get(0).get("read").asBoolean()).isTrue();
        assertThat(page(colleague, 0, 20).get("unread").asInt()).isEqualTo(3);

        mvc.perform(post(INBOX + "/read-all").with(amina)).andExpect(status().isOk()).andExpect(jsonPath("$.marked").value(2));
        assertThat(page(amina, 0, 20).get("unread").asInt()).isZero();
        assertThat(page(colleague, 0, 20).get("unread").asInt()).isEqualTo(3);
    }

    @Test
    void nobodyReadsOrMarksSomeoneElsesEntries() throws Exception {
        Org org = approvedMember("it");
        Org other = approvedMember("it");
        String entry = page(member(org.userId(), org.memberId()), 0, 20).get("items").get(0).get("id").asString();

        assertThat(page(member(other.userId(), other.memberId()), 0, 20).get("items").findValuesAsString("id"))
                .doesNotContain(entry);
        mvc.perform(post(INBOX + "/{id}/read", entry).with(member(other.userId(), other.memberId())))
                .andExpect(status().isNotFound());
        mvc.perform(post(INBOX + "/{id}/read", entry).with(user(id()))).andExpect(status().isNotFound());
        mvc.perform(post(INBOX + "/{id}/read", id()).with(member(org.userId(), org.memberId())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCategoryTurnedOffInTheAppIsHiddenForThatPersonOnly() throws Exception {
        Org org = approvedMember("it");
        mvc.perform(put("/api/notifications/preferences").with(member(org.userId(), org.memberId()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"channels\": {\"MARKETPLACE\": {\"IN_APP\": false}}}"))
                .andExpect(status().isOk());
        events.publish(new SuppliersMatched(id(), id(), "Pulizia uffici", Instant.now().plus(Duration.ofDays(7)),
                List.of(new SupplierMatch(org.memberId(), 1, 0.8)), Instant.now()));
        eventually().until(() -> Smtp.messagesTo(org.email()).size() == 2);

        assertThat(page(member(org.userId(), org.memberId()), 0, 20).get("items").findValuesAsString("kind"))
                .containsExactly("member-welcome");
        assertThat(page(member(id(), org.memberId()), 0, 20).get("items").findValuesAsString("kind"))
                .containsExactly("supplier-matched", "member-welcome");
    }

    @Test
    void entriesWithoutAKnownLanguageFollowTheReadersAcceptLanguage() throws Exception {
        String applicationId = id();
        events.publish(new MembershipApplied(applicationId, id(), profile("Atelier Kente"),
                new ContactPerson("Kofi", address("kofi"), "en"), "2026.1", Instant.now()));
        String reader = id();
        eventually().until(() -> titles(reader, "fr").stream().anyMatch(t -> t.equals("Nouvelle demande d'adhésion : Atelier Kente")));

        assertThat(titles(reader, "es-ES,es;q=0.9")).contains("Nueva solicitud de adhesión: Atelier Kente");
        assertThat(titles(reader, "de")).contains("Nuova domanda di adesione: Atelier Kente");
    }

    @Test
    void pageSizesOutsideTheLimitsAreRefusedNamingTheParameter() throws Exception {
        mvc.perform(get(INBOX + "?size=0").with(user(id()))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get(INBOX + "?size=101").with(user(id()))).andExpect(status().isBadRequest());
        mvc.perform(get(INBOX + "?page=-1").with(user(id()))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get(INBOX)).andExpect(status().isUnauthorized());
    }

    private List<String> titles(String operatorId, String acceptLanguage) throws Exception {
        JsonNode page = read(mvc.perform(get(INBOX + "?size=100").with(operator(operatorId)).header("Accept-Language", acceptLanguage))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        return page.get("items").findValuesAsString("title");
    }

    private JsonNode page(RequestPostProcessor who, int page, int size) throws Exception {
        return read(mvc.perform(get(INBOX + "?page={page}&size={size}", page, size).with(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
