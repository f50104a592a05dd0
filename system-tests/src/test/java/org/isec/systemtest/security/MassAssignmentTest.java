package org.isec.systemtest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isec.systemtest.support.Problems.assertProblem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.Samples;
import org.isec.systemtest.support.Members;
import org.isec.systemtest.support.Members.Member;
import org.isec.systemtest.support.PartnerReceiver;
import org.isec.systemtest.support.ProofLog;
import org.isec.systemtest.support.SystemTest;
import org.isec.systemtest.support.Users;
import org.isec.systemtest.support.Users.User;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Fields the server owns — ids, status, owner, standing, reputation — sent in request bodies are ignored (the
 * platform is a tolerant reader) or, where a client could believe it changed them, refused by name; never applied.
 */
@SystemTest
class MassAssignmentTest {

    @Test
    void serverOwnedFieldsInBodiesAreNeverApplied() {
        Member buyer = Members.approved(Members.profile().legalName("Mass Assignment Acquisti")
                .atecoCodes("25.11.00").capabilities("metal structures").languages("it"));
        Member supplier = Members.approved(Members.profile().legalName("Mass Assignment Forniture"));
        int tries = 0;

        // A commission that claims to be awarded, to belong to the supplier and to have a chosen id.
        Map<String, Object> commission = new LinkedHashMap<>(Samples.commission("Mass assignment commission " + buyer.memberId(), List.of("metal structures")));
        commission.putAll(Map.of("id", "attacker-chosen", "status", "AWARDED", "buyerMemberId", supplier.memberId(),
                "frozen", true, "awards", List.of(Map.of("bidId", "x")), "reputation", 5));
        ApiResponse published = buyer.api().post("/api/marketplace/commissions", commission);
        tries++;
        assertThat(published.status()).as("%s", published).isEqualTo(201);
        JsonNode stored = buyer.api().get("/api/marketplace/commissions/" + published.body().path("id").asString()).body();
        assertThat(stored.path("id").asString()).isNotEqualTo("attacker-chosen");
        assertThat(stored.path("status").asString()).isEqualTo("OPEN");
        assertThat(stored.path("buyerMemberId").asString()).isEqualTo(buyer.memberId());
        assertThat(stored.path("frozen").asBoolean()).isFalse();
        assertThat(stored.path("awards").size()).isZero();

        // A bid that claims to be awarded and to come from the buyer.
        String commissionId = stored.path("id").asString();
        Map<String, Object> bid = new LinkedHashMap<>(Map.of("price", 1200, "currency", "EUR", "deliveryDays", 10,
                "message", "Our offer."));
        bid.putAll(Map.of("id", "attacker-bid", "status", "AWARDED", "bidderMemberId", buyer.memberId(), "frozen", false));
        ApiResponse bidden = supplier.api().post("/api/marketplace/commissions/" + commissionId + "/bids", bid);
        tries++;
        assertThat(bidden.status()).as("%s", bidden).isEqualTo(201);
        assertThat(bidden.body().path("id").asString()).isNotEqualTo("attacker-bid");
        assertThat(bidden.body().path("bidderMemberId").asString()).isEqualTo(supplier.memberId());
        assertThat(bidden.body().path("status").asString()).isNotEqualTo("AWARDED");

        // An application that claims to be approved already.
        User applicant = Users.create("massassign");
        Map<String, Object> application = new LinkedHashMap<>(Members.profile().legalName("Mass Assignment Candidata")
                .applicationBody(Members.randomVat(), applicant.email(), Members.charterVersion()));
        application.putAll(Map.of("id", "attacker-application", "status", "APPROVED", "memberId", buyer.memberId(),
                "userId", buyer.user().id(), "decidedBy", "operator"));
        ApiResponse applied = applicant.api().post("/api/membership/applications", application);
        tries++;
        assertThat(applied.status()).as("%s", applied).isEqualTo(201);
        assertThat(applied.body().path("status").asString()).isEqualTo("SUBMITTED");
        ApiResponse ownApplication = applicant.api().get("/api/membership/applications/" + applied.body().path("id").asString());
        assertThat(ownApplication.body().path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(ownApplication.body().path("id").asString()).isNotEqualTo("attacker-application");

        // A profile change that tries to lift a standing, take another id or rewrite the VAT number: refused by name.
        for (Map<String, Object> change : List.<Map<String, Object>>of(Map.of("standing", "ACTIVE"),
                Map.of("memberId", supplier.memberId()), Map.of("suspension", Map.of()),
                Map.of("organization", Map.of("vatNumber", Members.randomVat())))) {
            ApiResponse refused = buyer.api().patch("/api/membership/members/" + buyer.memberId(), change);
            tries++;
            String field = change.keySet().iterator().next();
            assertThat(assertProblem(refused, 422).path("errors").values())
                    .extracting(error -> error.path("field").asString()).anyMatch(named -> named.startsWith(field));
        }
        JsonNode profile = buyer.api().get("/api/membership/members/me").body();
        assertThat(profile.path("memberId").asString()).isEqualTo(buyer.memberId());
        assertThat(profile.path("organization").path("vatNumber").asString()).isEqualTo(buyer.vatNumber());

        // A webhook subscription that claims another owner, a status and its own secret.
        try (PartnerReceiver receiver = new PartnerReceiver()) {
            ApiResponse subscribed = Api.asPartner().post("/api/notifications/webhooks", Map.of("url", receiver.url(),
                    "eventTypes", List.of("isec.marketplace.CommissionPublished"), "owner", "someone-else",
                    "status", "DISABLED", "secret", "whsec_chosen-by-the-caller"));
            tries++;
            assertThat(subscribed.status()).as("%s", subscribed).isEqualTo(201);
            assertThat(subscribed.body().path("status").asString()).isEqualTo("ACTIVE");
            assertThat(subscribed.body().path("secret").asString()).isNotEqualTo("whsec_chosen-by-the-caller");
            String id = subscribed.body().path("id").asString();
            assertThat(Api.asPartner().get("/api/notifications/webhooks/" + id).status()).isEqualTo(200);
            Api.asPartner().delete("/api/notifications/webhooks/" + id);
        }

        ProofLog.record("security", "Mass assignment: ids, status, owner, standing, reputation, secret in bodies", tries,
                "ignored, or refused by name where a client could think it changed them; never applied",
                Map.of("applied", 0));
    }
}
