package org.isec.membership.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.isec.membership.support.IntegrationTest;
import org.isec.membership.support.TestVat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Keycloak provisioning against a stand-in of Keycloak's admin API, for what a real Keycloak cannot be made to
 * do on demand: fail, stay down, come back. The system tests check the same flow against the real Keycloak.
 */
class ProvisioningTest extends IntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    ProvisioningWorker worker;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    private CircuitBreaker circuit;

    @BeforeEach
    void closedCircuit() {
        circuit = circuitBreakers.circuitBreaker(ProvisioningConfig.RESILIENCE_NAME);
        circuit.reset();
        KEYCLOAK.recover();
    }

    @AfterEach
    void healthyKeycloak() {
        KEYCLOAK.recover();
        circuit.reset();
    }

    @Test
    void approvalGivesTheApplicantTheMemberRoleAndOrgIdAndKeepsTheirNamesAndEmail() throws Exception {
        Member m = newMember();

        await().atMost(PATIENCE).until(() -> KEYCLOAK.realmRolesOf(m.userId()).contains("member"));
        assertThat(KEYCLOAK.attribute(m.userId(), "org_id")).containsExactly(m.memberId());
        assertThat(KEYCLOAK.user(m.userId())).containsEntry("firstName", "Amina").containsEntry("lastName", "Haddad")
                .containsEntry("email", m.userId() + "@example.org").containsEntry("emailVerified", true)
                .containsEntry("requiredActions", List.of());
        await().atMost(PATIENCE).until(() -> "DONE".equals(provisioning(m.memberId()).get("state").asString()));
    }

    @Test
    void approvalSucceedsWhileKeycloakIsDownAndProvisioningCompletesWhenItIsBack() throws Exception {
        KEYCLOAK.failWith(503);
        String userId = newUserId();
        String applicationId = apply(userId, applicationBody(TestVat.random()));

        String memberId = approve(applicationId);

        await().atMost(PATIENCE).until(() -> provisioning(memberId).get("attempts").asInt() >= 1);
        assertThat(provisioning(memberId).get("state").asString()).isEqualTo("PENDING");
        assertThat(provisioning(memberId).get("lastError").asString()).contains("503");
        assertThat(KEYCLOAK.realmRolesOf(userId)).isEmpty();

        KEYCLOAK.recover();
        // Stands for the circuit's wait in the open state (30 s in production) coming to its end.
        if (circuit.getState() == CircuitBreaker.State.OPEN) {
            circuit.transitionToHalfOpenState();
        }
        // The scheduled run, triggered now; a run already under way (after-save trigger) makes this one wait.
        await().atMost(PATIENCE).until(() -> {
            worker.run();
            return KEYCLOAK.realmRolesOf(userId).contains("member");
        });
        assertThat(KEYCLOAK.attribute(userId, "org_id")).containsExactly(memberId);
        assertThat(provisioning(memberId).get("state").asString()).isEqualTo("DONE");
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndKeycloakIsLeftAloneUntilItCloses() throws Exception {
        KEYCLOAK.failWith(500);
        String userId = newUserId();
        String memberId = approve(apply(userId, applicationBody(TestVat.random())));

        await().atMost(PATIENCE).until(() -> {
            worker.run();
            return circuit.getState() == CircuitBreaker.State.OPEN;
        });
        int callsWhenOpened = KEYCLOAK.requests().size();
        worker.run();
        worker.run();

        assertThat(KEYCLOAK.requests()).hasSize(callsWhenOpened);
        assertThat(provisioning(memberId).get("state").asString()).isEqualTo("PENDING");

        KEYCLOAK.recover();
        circuit.transitionToHalfOpenState();
        await().atMost(PATIENCE).until(() -> {
            worker.run();
            return KEYCLOAK.realmRolesOf(userId).contains("member");
        });

        assertThat(circuit.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void suspensionTakesTheRoleAwayAndReinstatementGivesItBack() throws Exception {
        Member m = newMember();
        await().atMost(PATIENCE).until(() -> KEYCLOAK.realmRolesOf(m.userId()).contains("member"));

        mvc.perform(post("/api/membership/members/{id}/suspend", m.memberId()).with(operator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"audit\"}"))
                .andExpect(status().isOk());
        await().atMost(PATIENCE).until(() -> KEYCLOAK.realmRolesOf(m.userId()).isEmpty());
        assertThat(KEYCLOAK.attribute(m.userId(), "org_id")).as("still acts for its organisation")
                .containsExactly(m.memberId());

        mvc.perform(post("/api/membership/members/{id}/reinstate", m.memberId()).with(operator()))
                .andExpect(status().isOk());
        await().atMost(PATIENCE).until(() -> KEYCLOAK.realmRolesOf(m.userId()).contains("member"));
    }

    @Test
    void aUserUnknownToKeycloakIsReportedToOperatorsInsteadOfRetriedForever() throws Exception {
        String userId = newUserId();
        String applicationId = read(mvc.perform(post("/api/membership/applications").with(user(userId))
                        .contentType(MediaType.APPLICATION_JSON).content(applicationBody(TestVat.random())))
                .andReturn().getResponse().getContentAsString()).get("id").asString();

        String memberId = approve(applicationId);

        await().atMost(PATIENCE).until(() -> "FAILED".equals(provisioning(memberId).get("state").asString()));
        assertThat(provisioning(memberId).get("lastError").asString()).contains(userId);
        long calls = KEYCLOAK.requestsFor(userId);
        worker.run();
        assertThat(KEYCLOAK.requestsFor(userId)).isEqualTo(calls);
    }

    private JsonNode provisioning(String memberId) throws Exception {
        return read(mvc.perform(get("/api/membership/members/{id}", memberId).with(operator()))
                .andReturn().getResponse().getContentAsString()).get("provisioning");
    }
}
