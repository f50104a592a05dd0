package org.isec.notification.web;

import org.isec.notification.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OpenApiTest extends IntegrationTest {

    @Test
    void theServicePublishesItsApiForTheGatewayWithoutAToken() throws Exception {
        JsonNode document = read(mvc.perform(get("/api/notifications/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(document.get("paths").propertyNames()).contains("/api/notifications/inbox",
                "/api/notifications/inbox/{id}/read", "/api/notifications/inbox/stream",
                "/api/notifications/preferences", "/api/notifications/webhooks", "/api/notifications/webhooks/{id}",
                "/api/notifications/webhooks/{id}/rotate-secret", "/api/notifications/webhooks/{id}/deliveries",
                "/api/notifications/webhooks/{id}/deliveries/{deliveryId}/retry",
                "/api/notifications/admin/email-deliveries");
    }
}
