package org.isec.gateway;

import org.isec.gateway.support.GatewayTestBase;
import org.junit.jupiter.api.Test;

class ApiDocsPageTest extends GatewayTestBase {

    @Test
    void combinedPageListsEveryServiceDocument() {
        client.get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[?(@.name == 'membership')].url").isEqualTo("/api/membership/v3/api-docs")
                .jsonPath("$.urls[?(@.name == 'marketplace')].url").isEqualTo("/api/marketplace/v3/api-docs")
                .jsonPath("$.urls[?(@.name == 'advisory')].url").isEqualTo("/api/advisory/v3/api-docs")
                .jsonPath("$.urls[?(@.name == 'training')].url").isEqualTo("/api/training/v3/api-docs")
                .jsonPath("$.urls[?(@.name == 'notification')].url").isEqualTo("/api/notifications/v3/api-docs");
    }

    @Test
    void combinedPageIsPublic() {
        client.get().uri("/api-docs")
                .exchange()
                .expectStatus().is3xxRedirection();
    }
}
