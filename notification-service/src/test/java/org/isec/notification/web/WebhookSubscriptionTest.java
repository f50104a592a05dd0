package org.isec.notification.web;

import org.isec.notification.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class WebhookSubscriptionTest extends IntegrationTest {

    private static final String WEBHOOKS = "/api/notifications/webhooks";

    @Test
    void aPartnerGetsItsSecretOnceAndSeesOnlyItsOwnSubscriptions() throws Exception {
        String partner = id();
        String other = id();
        ResultActions created = subscribe(partner(partner), "http://127.0.0.1:9/hooks",
                "\"isec.membership.MemberApproved\", \"isec.marketplace.CommissionPublished\"")
                .andExpect(status().isCreated());
        JsonNode subscription = read(created.andReturn().getResponse().getContentAsString());
        String id = subscription.get("id").asString();
        created.andExpect(header().string("Location", WEBHOOKS + "/" + id));
        assertThat(subscription.get("secret").asString()).matches("whsec_[A-Za-z0-9+/]{43}=");
        assertThat(subscription.get("status").asString()).isEqualTo("ACTIVE");

        JsonNode own = read(mvc.perform(get(WEBHOOKS).with(partner(partner))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(own).hasSize(1);
        assertThat(own.get(0).get("id").asString()).isEqualTo(id);
        assertThat(own.get(0).has("secret")).isFalse();
        assertThat(own.get(0).get("eventTypes").toString()).contains("isec.marketplace.CommissionPublished");

        mvc.perform(get(WEBHOOKS).with(partner(other))).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get(WEBHOOKS + "/{id}", id).with(partner(other))).andExpect(status().isNotFound());
        mvc.perform(get(WEBHOOKS + "/{id}/deliveries", id).with(partner(other))).andExpect(status().isNotFound());
        mvc.perform(post(WEBHOOKS + "/{id}/rotate-secret", id).with(partner(other))).andExpect(status().isNotFound());
        mvc.perform(delete(WEBHOOKS + "/{id}", id).with(partner(other))).andExpect(status().isNotFound());
        mvc.perform(get(WEBHOOKS + "/{id}", id).with(partner(partner))).andExpect(status().isOk())
                .andExpect(jsonPath("$.secret").doesNotExist());
    }

    @Test
    void onlyPartnerVisibleEventTypesCanBeSubscribed() throws Exception {
        subscribe(partner(id()), "http://127.0.0.1:9/hooks",
                "\"isec.membership.MemberApproved\", \"isec.membership.MembershipApplied\", \"isec.nothing.Invented\"")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "eventTypes[1]", "eventTypes[2]")));
        subscribe(partner(id()), "http://127.0.0.1:9/hooks", "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("eventTypes"));
        mvc.perform(post(WEBHOOKS).with(partner(id())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"eventTypes\": [\"isec.membership.MemberApproved\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("url"));
    }

    @Test
    void theEventTypesAPartnerCanSubscribeToAreListed() throws Exception {
        mvc.perform(get(WEBHOOKS + "/event-types").with(partner(id()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(8))
                .andExpect(jsonPath("$").value(org.hamcrest.Matchers.hasItems("isec.membership.MemberApproved",
                        "isec.training.CertificateIssued", "isec.marketplace.CommissionPublished")));
    }

    @Test
    void onlyPartnersManageWebhooks() throws Exception {
        subscribe(member(id(), id()), "http://127.0.0.1:9/hooks", "\"isec.membership.MemberApproved\"")
                .andExpect(status().isForbidden());
        mvc.perform(get(WEBHOOKS).with(operator(id()))).andExpect(status().isForbidden());
        mvc.perform(get(WEBHOOKS)).andExpect(status().isUnauthorized());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://10.0.0.1/hooks", "https://192.168.0.10/hooks", "https://169.254.169.254/latest",
            "https://[::ffff:169.254.169.254]/hooks", "https://100.64.0.1/hooks", "https://[fd00::1]/hooks",
            "https://0.0.0.0/hooks", "https://[fe80::1]/hooks", "http://8.8.8.8/hooks", "http://10.0.0.1/hooks",
            "ftp://127.0.0.1/hooks", "https://user:pw@127.0.0.1/hooks", "https://unresolvable.rebind.test/hooks"})
    void callbacksToNonPublicTargetsAreRefusedEvenWithTheLoopbackDevFlag(String url) throws Exception {
        subscribe(partner(id()), url, "\"isec.membership.MemberApproved\"")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("url"));
    }

    @Test
    void aDeletedSubscriptionIsGone() throws Exception {
        String partner = id();
        String id = read(subscribe(partner(partner), "http://localhost:9/hooks", "\"isec.training.CertificateIssued\"")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();

        mvc.perform(delete(WEBHOOKS + "/{id}", id).with(partner(partner))).andExpect(status().isNoContent());

        mvc.perform(get(WEBHOOKS + "/{id}", id).with(partner(partner))).andExpect(status().isNotFound());
        mvc.perform(get(WEBHOOKS).with(partner(partner))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void rotatingASecretShowsTheNewOneOnceAndWhenTheOldOneStopsSigning() throws Exception {
        String partner = id();
        JsonNode created = read(subscribe(partner(partner), "http://127.0.0.1:9/hooks",
                "\"isec.membership.CharterPublished\"").andReturn().getResponse().getContentAsString());
        String id = created.get("id").asString();

        JsonNode rotated = read(mvc.perform(post(WEBHOOKS + "/{id}/rotate-secret", id).with(partner(partner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(rotated.get("secret").asString()).startsWith("whsec_").isNotEqualTo(created.get("secret").asString());
        assertThat(rotated.get("previousSecretExpiresAt").asString()).isNotBlank();
        mvc.perform(get(WEBHOOKS + "/{id}", id).with(partner(partner)))
                .andExpect(jsonPath("$.previousSecretExpiresAt").value(rotated.get("previousSecretExpiresAt").asString()));
    }

    private ResultActions subscribe(RequestPostProcessor who, String url, String types) throws Exception {
        return mvc.perform(post(WEBHOOKS).with(who).contentType(MediaType.APPLICATION_JSON)
                .content("{\"url\": \"%s\", \"eventTypes\": [%s]}".formatted(url, types)));
    }
}
