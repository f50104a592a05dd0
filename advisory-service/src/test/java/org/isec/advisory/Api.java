package org.isec.advisory;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The few calls several tests need to set a scene: an advisor, a request, an assignment. */
public record Api(MockMvc mvc) {

    public ResultActions json(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    public void advisor(String userId, String areas, String languages) throws Exception {
        json(put("/api/advisory/advisors/{id}", userId).with(Tokens.operator()), """
                {"displayName": "Advisor %s", "email": "a%s@consorzio-isec.it", "areas": %s, "languages": %s}"""
                .formatted(userId.substring(0, 8), userId.substring(0, 8), areas, languages))
                .andExpect(status().isOk());
    }

    /** @return the new request's id */
    public String request(String orgId, String area, String language) throws Exception {
        return JsonPath.read(json(post("/api/advisory/requests").with(Tokens.member(orgId)),
                "{\"area\": \"%s\", \"description\": \"Help needed\", \"preferredLanguage\": \"%s\"}"
                        .formatted(area, language))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    /** A FINANCIAL request of {@code orgId} assigned to {@code advisorId}. */
    public String assignedRequest(String orgId, String advisorId) throws Exception {
        String id = request(orgId, "FINANCIAL", "it");
        json(post("/api/advisory/requests/{id}/assign", id).with(Tokens.operator()),
                "{\"advisorId\": \"" + advisorId + "\"}").andExpect(status().isOk());
        return id;
    }
}
