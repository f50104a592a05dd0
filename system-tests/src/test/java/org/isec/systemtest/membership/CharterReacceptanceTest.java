package org.isec.systemtest.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.EventTap;
import org.isec.systemtest.support.Members;
import org.isec.systemtest.support.Members.Member;
import org.isec.systemtest.support.ReceivedEvent;
import org.isec.systemtest.support.Samples;
import org.isec.systemtest.support.SystemTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Issue 3, the charter cycle through the gateway: an operator publishes a new version with no grace period; a member
 * that re-accepts keeps trading, one that does not is suspended ({@code CHARTER_NOT_ACCEPTED}) when the deadline
 * check runs (every 5 s on the test stack) and reinstated the moment it accepts.
 * <p>
 * Runs last of all: every member of the run that has not re-accepted is suspended by it.
 */
@SystemTest
@Order(Integer.MAX_VALUE)
class CharterReacceptanceTest {

    @Test
    void aMemberThatDoesNotReacceptByTheDeadlineIsSuspendedAndReinstatedWhenItAccepts() {
        Member keeps = Members.approved(Members.profile().legalName("Rinnova Subito"));
        Member late = Members.approved(Members.profile().legalName("Rinnova Tardi"));
        String before = Members.charterVersion();

        try (EventTap events = EventTap.open()) {
            ApiResponse published = Api.as("operator").post("/api/membership/charter", Map.of(
                    "graceDays", 0, "changeNote", "System test: the same texts, accepted again.", "texts", currentTexts()));
            assertThat(published.status()).as("%s", published).isEqualTo(201);
            String version = published.body().path("version").asString();
            assertThat(version).isNotEqualTo(before);
            events.awaitEvent("CharterPublished", e -> "isec.membership.CharterPublished".equals(e.type()));
            assertThat(Members.charterVersion()).isEqualTo(version);

            ApiResponse accepted = keeps.api().post("/api/membership/charter/acceptances", Map.of("charterVersion", version));
            assertThat(accepted.status()).as("%s", accepted).isIn(200, 201);
            events.awaitEvent("isec.membership.CharterAccepted", keeps.memberId());

            ReceivedEvent suspended = events.awaitEvent("the late member suspended", e ->
                    "isec.membership.MemberSuspended".equals(e.type()) && late.memberId().equals(e.subject()));
            assertThat(suspended.data().path("reason").asString()).isEqualTo("CHARTER_NOT_ACCEPTED");
            assertThat(late.api().get("/api/membership/members/me").body().path("standing").asString()).isEqualTo("SUSPENDED");
            assertThat(keeps.api().get("/api/membership/members/me").body().path("standing").asString()).isEqualTo("ACTIVE");
            Map<String, Object> commission = Samples.commission("Charter probe " + UUID.randomUUID(), List.of("catering"));
            await("the marketplace refuses the late member").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                    .until(() -> late.api().post("/api/marketplace/commissions", commission).status(), status -> status == 403);

            ApiResponse lateAcceptance = late.api().post("/api/membership/charter/acceptances", Map.of("charterVersion", version));
            assertThat(lateAcceptance.status()).as("%s", lateAcceptance).isIn(200, 201);
            assertThat(lateAcceptance.body().path("standing").asString()).isEqualTo("ACTIVE");
            events.awaitEvent("isec.membership.MemberReinstated", late.memberId());
            await("the marketplace serves the member again").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                    .until(() -> late.api().post("/api/marketplace/commissions", commission).status(), status -> status == 201);
        }
    }

    /** The texts in force, in Italian and English, as a new version would carry them. */
    private static Map<String, Object> currentTexts() {
        Map<String, Object> texts = new LinkedHashMap<>();
        for (String language : List.of("it", "en")) {
            JsonNode view = Api.anonymous().get("/api/membership/charter?lang=" + language).body();
            Map<String, Object> text = new LinkedHashMap<>();
            for (String field : List.of("title", "preamble", "reviewed", "direction", "principles", "operatingRules")) {
                text.put(field, view.path(field));
            }
            texts.put(language, text);
        }
        return texts;
    }
}
