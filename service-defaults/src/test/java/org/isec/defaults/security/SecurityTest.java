package org.isec.defaults.security;

import java.util.List;
import java.util.Map;

import org.isec.defaults.testapp.ProbeController;
import org.isec.defaults.testapp.TestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ProbeController.class)
@ContextConfiguration(classes = TestApplication.class)
class SecurityTest {

    @Autowired
    MockMvc mvc;

    @Test
    void protectedPathWithoutTokenIs401Problem() throws Exception {
        mvc.perform(get("/api/test/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Authentication required"))
                .andExpect(jsonPath("$.instance").value("/api/test/me"));
    }

    @Test
    void unreadableTokenIs401Problem() throws Exception {
        mvc.perform(get("/api/test/me").header("Authorization", "Bearer not-a-jwt"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void declaredPublicPathNeedsNoToken() throws Exception {
        mvc.perform(get("/api/test/public/hello"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hello").value("world"));
    }

    @Test
    void publicPathIsOpenOnlyForTheDeclaredMethod() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/test/public/hello"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void realmRolesBecomeAuthoritiesForPreAuthorize() throws Exception {
        mvc.perform(get("/api/test/operator").with(caller("operator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.operator").value(true));
    }

    @Test
    void missingRoleIs403ProblemWithCode() throws Exception {
        mvc.perform(get("/api/test/operator").with(caller("member")).header("Accept-Language", "it"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Operazione non consentita"))
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
    }

    @Test
    void callerComesFromTheTokenClaims() throws Exception {
        mvc.perform(get("/api/test/me").with(jwt().jwt(token -> token.subject("3f1c-user")
                                .claim("preferred_username", "amina")
                                .claim("email", "amina@example.org")
                                .claim("org_id", "org-77")
                                .claim("realm_access", Map.of("roles", List.of("member", "trainer"))))
                        .authorities(KeycloakJwtConverter::authorities)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value("3f1c-user"))
                .andExpect(jsonPath("$.username").value("amina"))
                .andExpect(jsonPath("$.email").value("amina@example.org"))
                .andExpect(jsonPath("$.orgId").value("org-77"))
                .andExpect(jsonPath("$.roles", containsInAnyOrder("member", "trainer")));
    }

    @Test
    void callerWithoutOrganisationIsRefusedWhereOneIsRequired() throws Exception {
        mvc.perform(get("/api/test/my-organisation").with(caller("member")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("NO_ORGANISATION"));
    }

    @Test
    void healthAndApiDocsArePublic() throws Exception {
        // Not mapped in this slice, so 404 rather than 401 shows the security chain let them through.
        mvc.perform(get("/api/test/v3/api-docs")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/health")).andExpect(status().isNotFound());
    }

    private static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor caller(
            String role) {
        return jwt().jwt(token -> token.subject("user-1").claim("realm_access", Map.of("roles", List.of(role))))
                .authorities(KeycloakJwtConverter::authorities);
    }
}
