package org.isec.systemtest.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.isec.systemtest.support.Problems.assertProblem;
import static org.isec.systemtest.support.Problems.assertProblemNaming;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.isec.contracts.JsonSchemas;
import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.EventTap;
import org.isec.systemtest.support.Members;
import org.isec.systemtest.support.Members.Member;
import org.isec.systemtest.support.ReceivedEvent;
import org.isec.systemtest.support.Samples;
import org.isec.systemtest.support.SystemTest;
import org.isec.systemtest.support.Users;
import org.isec.systemtest.support.Users.User;
import org.junit.jupiter.api.Test;


/**
 * Issue 3 through the gateway, beside the journey's happy path: every application rule refused with its field
 * named; one application per VAT number; one decision per application; suspension and reinstatement as events that
 * the marketplace acts on within seconds.
 */
@SystemTest
class MembershipRulesTest {

    private static final String APPLY = "/api/membership/applications";

    @Test
    void everyApplicationRuleIsRefusedWithItsFieldNamed() {
        User applicant = Users.create("rules");
        String vat = Members.randomVat();
        String wrongCheckDigit = vat.substring(0, 10) + (char) ('0' + (vat.charAt(10) - '0' + 1) % 10);
        Map<String, Consumer<Map<String, Object>>> rules = new LinkedHashMap<>();
        rules.put("organization.vatNumber", body -> organization(body).put("vatNumber", wrongCheckDigit));
        rules.put("organization.vatNumber ", body -> organization(body).put("vatNumber", "DE12"));
        rules.put("organization.atecoCodes[0]", body -> organization(body).put("atecoCodes", List.of("5610")));
        rules.put("organization.legalForm", body -> organization(body).put("legalForm", "LLC"));
        rules.put("organization.province", body -> organization(body).put("province", "XX"));
        rules.put("organization.languages[0]", body -> organization(body).put("languages", List.of("xx")));
        rules.put("contact.email", body -> contact(body).put("email", "not-an-address"));
        rules.put("charterAccepted", body -> body.put("charterAccepted", false));
        rules.put("charterVersion", body -> body.put("charterVersion", "0"));
        for (var rule : rules.entrySet()) {
            Map<String, Object> body = body(applicant, vat);
            rule.getValue().accept(body);
            ApiResponse refused = applicant.api().post(APPLY, body);
            assertProblemNaming(refused, refused.status() == 400 ? 400 : 422, rule.getKey().strip());
        }
        assertThat(applicant.api().get(APPLY).body().path("items").size()).as("applications saved").isZero();
    }

    @Test
    void oneApplicationPerVatNumberAndOneDecisionPerApplication() {
        User first = Users.create("first");
        User second = Users.create("second");
        String vat = Members.randomVat();
        ApiResponse applied = first.api().post(APPLY, body(first, vat));
        assertThat(applied.status()).as("%s", applied).isEqualTo(201);
        String id = applied.body().path("id").asString();
        // The same VAT number written differently is the same organisation.
        assertProblem(second.api().post(APPLY, body(second, "IT" + vat)), 409);

        assertProblem(second.api().get(APPLY + "/" + id), 404);
        assertProblem(Api.as("advisor").post(APPLY + "/" + id + "/approve", Map.of()), 403);
        assertThat(Api.as("operator").post(APPLY + "/" + id + "/approve", Map.of()).status()).isEqualTo(200);
        assertProblem(Api.as("operator").post(APPLY + "/" + id + "/approve", Map.of()), 409);
        assertProblem(Api.as("operator").post(APPLY + "/" + id + "/reject", Map.of("reason", "Changed our mind.")), 409);
        // A member's VAT number cannot apply again either.
        assertProblem(second.api().post(APPLY, body(second, vat)), 409);
    }

    @Test
    void consortiumStaffAccountsCannotApply() {
        User contact = Users.create("staff");
        for (String staff : List.of("operator", "advisor", "trainer")) {
            assertThat(assertProblem(Api.as(staff).post(APPLY, body(contact, Members.randomVat())), 403)
                    .path("code").asString()).as("%s applying", staff).isEqualTo("STAFF_ACCOUNT");
        }
    }

    @Test
    void aSuspensionIsAnEventTheMarketplaceActsOnWithinSecondsAndSoIsTheReinstatement() {
        Member member = Members.approved(Members.profile().legalName("Sospesa Per Prova"));
        Map<String, Object> commission = Samples.commission("Suspension probe " + UUID.randomUUID(), List.of("catering"));
        try (EventTap events = EventTap.open()) {
            ApiResponse suspended = Api.as("operator").post("/api/membership/members/" + member.memberId() + "/suspend",
                    Map.of("reason", "Probe: fees unpaid."));
            assertThat(suspended.status()).as("%s", suspended).isEqualTo(200);
            ReceivedEvent event = events.awaitEvent("isec.membership.MemberSuspended", member.memberId());
            assertThat(JsonSchemas.validate(event.type(), 1, event.value())).isEmpty();
            assertThat(event.data().path("reason").asString()).isEqualTo("OPERATOR_DECISION");
            await("the marketplace refuses the suspended member").atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> member.api().post("/api/marketplace/commissions", commission).status(), status -> status == 403);

            ApiResponse reinstated = Api.as("operator").post("/api/membership/members/" + member.memberId() + "/reinstate",
                    Map.of("note", "Paid."));
            assertThat(reinstated.status()).as("%s", reinstated).isEqualTo(200);
            events.awaitEvent("isec.membership.MemberReinstated", member.memberId());
            await("the marketplace serves the reinstated member").atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> member.api().post("/api/marketplace/commissions", commission).status(), status -> status == 201);
        }
    }

    private static Map<String, Object> body(User applicant, String vat) {
        Map<String, Object> body = new LinkedHashMap<>(Members.profile().legalName("Regole " + UUID.randomUUID())
                .applicationBody(vat, applicant.email(), Members.charterVersion()));
        body.put("organization", new LinkedHashMap<>(organization(body)));
        body.put("contact", new LinkedHashMap<>(contact(body)));
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> organization(Map<String, Object> body) {
        return (Map<String, Object>) body.get("organization");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> contact(Map<String, Object> body) {
        return (Map<String, Object>) body.get("contact");
    }
}
