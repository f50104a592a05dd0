package org.isec.systemtest.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.Members;
import org.isec.systemtest.support.Members.Member;
import org.isec.systemtest.support.Platform;
import org.isec.systemtest.support.ProofLog;
import org.isec.systemtest.support.SystemTest;
import org.isec.systemtest.support.Tokens;
import org.isec.systemtest.support.Users;
import org.isec.systemtest.support.Users.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Keycloak stopped: nobody can sign in, but everyone already signed in keeps working on every service (the
 * services verify tokens against keys they already hold), and an operator's approval made meanwhile reaches
 * Keycloak once it is back — the new member's next token carries role {@code member} and {@code org_id}.
 */
@SystemTest
@Order(FaultOrder.KEYCLOAK_OUTAGE)
class KeycloakOutageTest {

    /** One read per service, each of which the member may make. */
    private static final List<String> READS = List.of("/api/membership/members/me", "/api/marketplace/commissions",
            "/api/advisory/requests", "/api/training/courses", "/api/notifications/inbox");

    private boolean keycloakStopped;

    @Test
    void signedInUsersKeepWorkingAndApprovalsReachKeycloakOnceItIsBack() {
        Member member = Members.approved(Members.profile().legalName("Keycloak Outage Sartoria"));
        User applicant = Users.create("kcoutage");
        String applicationId = Members.apply(applicant, Members.profile().legalName("Keycloak Outage Trasporti")
                .capabilities("logistics", "last-mile delivery"), Members.randomVat());
        Api memberApi = Api.withToken(member.user().token());
        Api operator = Api.withToken(Tokens.forUser("operator"));
        READS.forEach(path -> assertThat(memberApi.get(path).status()).as("%s before the outage", path).isEqualTo(200));

        Platform.stop("keycloak");
        keycloakStopped = true;

        assertThatThrownBy(() -> Tokens.tokenEndpoint(Map.of("grant_type", "password", "client_id", "isec-cli",
                "username", member.user().username(), "password", member.user().password(), "scope", "openid")))
                .as("signing in while Keycloak is down").hasMessageContaining("unreachable");
        Map<String, Integer> whileDown = new LinkedHashMap<>();
        READS.forEach(path -> whileDown.put(path, memberApi.get(path).status()));
        assertThat(whileDown).as("a signed-in member's reads while Keycloak is down").allSatisfy(
                (path, status) -> assertThat(status).as(path).isEqualTo(200));
        ApiResponse approved = operator.post("/api/membership/applications/" + applicationId + "/approve", Map.of());
        assertThat(approved.status()).as("approval while Keycloak is down: %s", approved).isEqualTo(200);
        String memberId = approved.body().path("memberId").asString();
        ApiResponse newMember = operator.get("/api/membership/members/" + memberId);
        assertThat(newMember.status()).as("%s", newMember).isEqualTo(200);

        Platform.start("keycloak");
        keycloakStopped = false;
        Instant back = Instant.now();
        Members.awaitProvisioned(applicant, memberId);
        long catchUp = Duration.between(back, Instant.now()).toSeconds();
        ApiResponse own = applicant.api().get("/api/membership/members/me");
        assertThat(own.status()).as("%s", own).isEqualTo(200);
        assertThat(own.body().path("memberId").asString()).isEqualTo(memberId);

        Map<String, Number> counts = new LinkedHashMap<>();
        counts.put("reads by a signed-in member while down", whileDown.size());
        counts.put("answered 200", whileDown.values().stream().filter(status -> status == 200).count());
        counts.put("sign-ins possible while down", 0);
        counts.put("approvals while down", 1);
        counts.put("seconds from Keycloak back to role granted", catchUp);
        ProofLog.record("fault", "Keycloak stopped: signed-in users work on, an operator approves a member, Keycloak restarted",
                whileDown.size() + 1, "every signed-in call answered; the approval reached Keycloak after it came back",
                counts);
    }

    @AfterEach
    void restartKeycloakIfTheTestStoppedIt() {
        if (keycloakStopped) {
            Platform.start("keycloak");
        }
    }
}
