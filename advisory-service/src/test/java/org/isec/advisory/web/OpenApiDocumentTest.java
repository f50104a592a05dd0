package org.isec.advisory.web;

import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.isec.advisory.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OpenApiDocumentTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theApiDocumentIsPublicAndListsTheContractPaths() throws Exception {
        mvc.perform(get("/api/advisory/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/advisory/requests'].post", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/advisory/requests/{id}/assign'].post", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/advisory/requests/{id}/sessions'].post", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/advisory/requests/{id}/close'].post", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/advisory/business-plans/{id}'].put", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/advisory/business-plans/{id}/financials'].get", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/advisory/business-plans/{id}/pdf'].get", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/advisory/funding-opportunities'].get", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/advisory/funding-opportunities'].post", notNullValue()));
    }
}
