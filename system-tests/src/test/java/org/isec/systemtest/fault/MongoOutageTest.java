package org.isec.systemtest.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.isec.systemtest.support.Problems.assertProblem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.Samples;
import org.isec.systemtest.support.EventTap;
import org.isec.systemtest.support.Members;
import org.isec.systemtest.support.Members.Member;
import org.isec.systemtest.support.Platform;
import org.isec.systemtest.support.ProofLog;
import org.isec.systemtest.support.ReceivedEvent;
import org.isec.systemtest.support.SystemTest;
import org.isec.systemtest.support.Users;
import org.isec.systemtest.support.Users.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;

/**
 * MongoDB stopped: every service answers {@code 503} problem+json within seconds (no hang, no 500), writes leave
 * nothing behind — no document, no event — and the same requests succeed once MongoDB is back.
 */
@SystemTest
@Order(FaultOrder.MONGO_OUTAGE)
class MongoOutageTest {

    private static final String PUBLISHED = "isec.marketplace.CommissionPublished";
    private static final String APPLIED = "isec.membership.MembershipApplied";
    private static final Logger log = LoggerFactory.getLogger(MongoOutageTest.class);
    /** Not a speed check: tells "answers" from "hangs" (the driver's default server selection waits 30 s). */
    private static final Duration DOES_NOT_HANG = Duration.ofSeconds(15);

    private boolean mongoStopped;

    @Test
    void mongoDownGivesServiceUnavailableAndHalfWritesNothing() {
        Member buyer = Members.approved(Members.profile().legalName("Mongo Outage Tessuti"));
        User applicant = Users.create("mongo");
        String vat = Members.randomVat();
        Members.Profile applicantProfile = Members.profile().legalName("Mongo Outage Catering " + vat);
        Map<String, Object> application = applicantProfile.applicationBody(vat, applicant.email(), Members.charterVersion());
        String title = "Mongo outage commission " + vat;
        Map<String, Object> commission = Samples.commission(title, List.of("catering"));
        Api buyerApi = buyer.api().timeout(DOES_NOT_HANG);
        Api applicantApi = applicant.api().timeout(DOES_NOT_HANG);
        Api operator = Api.as("operator").timeout(DOES_NOT_HANG);

        try (EventTap events = EventTap.open()) {
            Platform.stop("mongo");
            mongoStopped = true;
            Map<String, ApiResponse> answers = new LinkedHashMap<>();
            long slowest = 0;
            for (var call : List.<Map.Entry<String, Supplier<ApiResponse>>>of(
                    Map.entry("POST commission", () -> buyerApi.post("/api/marketplace/commissions", commission)),
                    Map.entry("POST application", () -> applicantApi.post("/api/membership/applications", application)),
                    Map.entry("GET commissions", () -> buyerApi.get("/api/marketplace/commissions")),
                    Map.entry("GET own member profile", () -> buyerApi.get("/api/membership/members/me")),
                    Map.entry("GET courses", () -> buyerApi.get("/api/training/courses")),
                    Map.entry("GET advisory requests", () -> buyerApi.get("/api/advisory/requests")),
                    Map.entry("GET inbox", () -> buyerApi.get("/api/notifications/inbox")),
                    Map.entry("GET e-mail deliveries", () -> operator.get("/api/notifications/admin/email-deliveries")))) {
                long started = System.nanoTime();
                ApiResponse answer = call.getValue().get();
                long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
                slowest = Math.max(slowest, millis);
                log.info("MongoDB down: {} → {} in {} ms", call.getKey(), answer.status(), millis);
                answers.put(call.getKey(), answer);
            }
            answers.forEach((call, answer) -> assertProblem(answer, 503));

            Platform.start("mongo");
            mongoStopped = false;
            ApiResponse published = await("marketplace writes again").atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> buyerApi.post("/api/marketplace/commissions", commission), r -> r.status() != 503);
            assertThat(published.status()).as("%s", published).isEqualTo(201);
            // The refused application left nothing: the same VAT number is not "already applied" (409).
            ApiResponse applied = await("membership writes again").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> applicantApi.post("/api/membership/applications", application), r -> r.status() != 503);
            assertThat(applied.status()).as("%s", applied).isEqualTo(201);
            String commissionId = published.body().path("id").asString();
            String applicationId = applied.body().path("id").asString();
            events.awaitEvent(PUBLISHED, commissionId);
            events.awaitEvent(APPLIED, applicationId);

            // Exactly one commission with the title and one application event for the organisation: the refused
            // attempts wrote neither a document nor an outbox entry.
            JsonNode items = buyerApi.get("/api/marketplace/commissions?size=100&q="
                    + URLEncoder.encode(title, StandardCharsets.UTF_8)).body().path("items");
            long stored = items.values().stream().filter(item -> title.equals(item.path("title").asString())).count();
            assertThat(stored).as("commissions titled %s in %s", title, items).isEqualTo(1);
            await("no late event of a refused write").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> true);
            long publishedEvents = events.events(e -> PUBLISHED.equals(e.type())
                    && title.equals(e.data().path("title").asString())).stream().map(ReceivedEvent::id).distinct().count();
            long appliedEvents = events.events(e -> APPLIED.equals(e.type())
                    && applicantProfile.legalName().equals(e.data().path("organization").path("legalName").asString())).stream()
                    .map(ReceivedEvent::id).distinct().count();
            assertThat(publishedEvents).as("CommissionPublished events for the title").isEqualTo(1);
            assertThat(appliedEvents).as("MembershipApplied events for %s", applicantProfile.legalName()).isEqualTo(1);

            Map<String, Number> counts = new LinkedHashMap<>();
            counts.put("calls while down", answers.size());
            counts.put("503 problem+json", answers.size());
            counts.put("5xx other than 503", 0);
            counts.put("slowest answer ms", slowest);
            counts.put("half-written documents", stored - 1);
            counts.put("events of refused writes", (publishedEvents - 1) + (appliedEvents - 1));
            ProofLog.record("fault", "MongoDB stopped: writes and reads on every service, then MongoDB restarted",
                    answers.size(), "503 problem+json within seconds, no hang; nothing half-written; the same writes succeed after", counts);
        }
    }

    @AfterEach
    void restartMongoIfTheTestStoppedIt() {
        if (mongoStopped) {
            Platform.start("mongo");
        }
    }
}
