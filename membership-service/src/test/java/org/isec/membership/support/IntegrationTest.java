package org.isec.membership.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.isec.devstack.junit.WithInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The membership service on a real Kafka broker and the Mongo wire server, called through MockMvc with JWTs as
 * Keycloak would issue them, and Keycloak's admin API replaced by {@link KeycloakStub}. All integration test
 * classes share this one context. Schedules are slowed down so that tests run jobs themselves when they mean to.
 */
@SpringBootTest(properties = {
        "isec.membership.provisioning.interval=PT1H",
        "isec.membership.charter.deadline-check-interval=PT1H",
        "resilience4j.retry.instances.keycloak.wait-duration=20ms",
        "resilience4j.circuitbreaker.instances.keycloak.wait-duration-in-open-state=1s"})
@AutoConfigureMockMvc
@WithInfrastructure
public abstract class IntegrationTest {

    protected static final KeycloakStub KEYCLOAK = KeycloakStub.start();

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("isec.keycloak.url", KEYCLOAK::url);
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JsonMapper json;

    protected final PublishedEvents events = PublishedEvents.onMembershipTopic();

    /** A signed-in member of {@code memberId}. */
    protected static RequestPostProcessor member(Member m) {
        return jwt().jwt(t -> t.subject(m.userId()).claim("preferred_username", "user-" + m.userId())
                        .claim("org_id", m.memberId()))
                .authorities(new SimpleGrantedAuthority("ROLE_MEMBER"));
    }

    /** A signed-in user with no role and no organisation yet, like an entrepreneur about to apply. */
    protected static RequestPostProcessor user(String userId) {
        return jwt().jwt(t -> t.subject(userId).claim("preferred_username", "user-" + userId));
    }

    protected static RequestPostProcessor operator() {
        return jwt().jwt(t -> t.subject("operator-1").claim("preferred_username", "operator"))
                .authorities(new SimpleGrantedAuthority("ROLE_OPERATOR"));
    }

    protected static String newUserId() {
        return UUID.randomUUID().toString();
    }

    protected String currentCharterVersion() throws Exception {
        return read(mvc.perform(get("/api/membership/charter")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).get("version").asString();
    }

    /** The example application for a fresh VAT number. */
    protected String applicationBody(String vat) throws Exception {
        return """
                {"organization": {"legalName": "Sapori del Nilo S.r.l.", "vatNumber": "%s", "legalForm": "SRL",
                  "atecoCodes": ["56.10.11"], "region": "Lombardia", "province": "MI", "city": "Milano",
                  "languages": ["it", "ar", "en"], "capabilities": ["catering", "halal food", "event services"],
                  "employees": 8, "foundedYear": 2016, "website": "https://example.org"},
                 "contact": {"firstName": "Amina", "lastName": "Haddad", "email": "amina@example.org",
                  "phone": "+39 02 1234567", "language": "ar"},
                 "charterVersion": "%s", "charterAccepted": true}""".formatted(vat, currentCharterVersion());
    }

    /** Applies as {@code userId}, who exists in Keycloak; returns the application id. */
    protected String apply(String userId, String body) throws Exception {
        KEYCLOAK.addUser(userId);
        return read(mvc.perform(post("/api/membership/applications").with(user(userId))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("id").asString();
    }

    protected String approve(String applicationId) throws Exception {
        return read(mvc.perform(post("/api/membership/applications/{id}/approve", applicationId).with(operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .get("memberId").asString();
    }

    /** A freshly approved, active member. */
    protected Member newMember() throws Exception {
        String userId = newUserId();
        String applicationId = apply(userId, applicationBody(TestVat.random()));
        return new Member(userId, approve(applicationId), applicationId);
    }

    protected JsonNode read(String body) {
        return json.readTree(body);
    }

    public record Member(String userId, String memberId, String applicationId) {
    }
}
