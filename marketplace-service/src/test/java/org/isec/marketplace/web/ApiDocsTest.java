package org.isec.marketplace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.isec.marketplace.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class ApiDocsTest extends IntegrationTest {

    @Test
    void theOpenApiDocumentIsPublicAndDescribesTheMarketplaceApi() throws Exception {
        String doc = mvc.perform(get("/api/marketplace/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(read(doc).get("paths").propertyNames()).contains("/api/marketplace/commissions",
                "/api/marketplace/commissions/{id}/award", "/api/marketplace/commissions/{id}/bids",
                "/api/marketplace/commissions/{id}/matches", "/api/marketplace/members/{id}/reputation",
                "/api/marketplace/recommendations", "/api/marketplace/admin/tenders", "/api/marketplace/admin/matching-weights");
        assertThat(doc).doesNotContain("\"caller\"");
    }
}
