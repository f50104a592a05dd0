package org.isec.systemtest.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.isec.systemtest.support.PartnerReceiver.event;
import static org.isec.systemtest.support.Problems.assertProblemNaming;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.Mail;
import org.isec.systemtest.support.Mailbox;
import org.isec.systemtest.support.Members;
import org.isec.systemtest.support.Members.Member;
import org.isec.systemtest.support.PartnerReceiver;
import org.isec.systemtest.support.PartnerReceiver.Delivery;
import org.isec.systemtest.support.Platform;
import org.isec.systemtest.support.ProofLog;
import org.isec.systemtest.support.SystemTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Issue 7 through the gateway, beside what the journey shows at every step (signed webhooks, e-mail in the
 * contact's language): a partner endpoint that fails is retried with the same signed delivery until it accepts;
 * a notification reaches the member's open Server-Sent Events stream, inbox and mailbox at once; callback URLs into
 * private networks are refused even on the dev stack, whose flag lets webhooks call loopback only.
 */
@SystemTest
class NotificationChannelsTest {

    private static final String APPROVED = "isec.membership.MemberApproved";

    @Test
    void aPartnerEndpointAnswering500GetsTheSameSignedDeliveryAgainUntilItAccepts() {
        try (PartnerReceiver partner = new PartnerReceiver()) {
            ApiResponse subscribed = Api.asPartner().post("/api/notifications/webhooks",
                    Map.of("url", partner.url(), "eventTypes", List.of(APPROVED)));
            assertThat(subscribed.status()).as("%s", subscribed).isEqualTo(201);
            String subscription = subscribed.body().path("id").asString();
            partner.useSecret(subscribed.body().path("secret").asString());
            partner.failNext(1, 500);
            try {
                Member member = Members.approved(Members.profile().legalName("Retry Probe Catering"));

                // The first retry comes 5 s after the failure (retry-schedule: 5s, 5m, 30m…).
                Delivery accepted = partner.await("the retried MemberApproved", event(APPROVED, member.memberId()));
                List<Delivery> refused = partner.failedDeliveries(event(APPROVED, member.memberId()));
                assertThat(refused).hasSize(1);
                assertThat(accepted.webhookId()).as("one delivery, sent twice").isEqualTo(refused.getFirst().webhookId());
                assertThat(accepted.body()).isEqualTo(refused.getFirst().body());
                assertThat(accepted.signatureValid()).isTrue();
                assertThat(refused.getFirst().signatureValid()).isTrue();

                JsonNode log = await("the delivery log says delivered").atMost(Duration.ofSeconds(10))
                        .until(() -> deliveryFor(subscription, accepted.webhookId()),
                                d -> "DELIVERED".equals(d.path("status").asString()));
                assertThat(log.path("attempts").asInt()).isEqualTo(2);
                assertThat(log.path("history").findValuesAsString("responseCode")).containsExactly("500", "204");
                ProofLog.record("fault", "Partner endpoint answers 500 to a webhook", 1,
                        "the same signed delivery (same webhook-id) retried after 5 s and accepted",
                        Map.of("attempts", 2, "lost", 0, "duplicates", 0));
            } finally {
                Api.asPartner().delete("/api/notifications/webhooks/" + subscription);
            }
        }
    }

    @Test
    void aSuspensionReachesTheMembersOpenStreamInboxAndMailboxInItsLanguage() throws Exception {
        Member member = Members.approved(Members.profile().legalName("Stream Probe Sartoria").contact("Amina", "ar"));
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest stream = HttpRequest.newBuilder(Platform.url("/api/notifications/inbox/stream"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + member.user().token()).GET().build();
        HttpClient http = HttpClient.newHttpClient();
        try {
            // Headers back means the gateway has opened the stream to the service.
            HttpResponse<Stream<String>> open = http.sendAsync(stream, HttpResponse.BodyHandlers.ofLines())
                    .get(10, TimeUnit.SECONDS);
            assertThat(open.statusCode()).isEqualTo(200);
            assertThat(open.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            Thread.ofVirtual().start(() -> open.body().forEach(lines::add));
            try {
                ApiResponse suspended = Api.as("operator").post("/api/membership/members/" + member.memberId() + "/suspend",
                        Map.of("reason", "Stream probe: fees unpaid."));
                assertThat(suspended.status()).as("%s", suspended).isEqualTo(200);

                await("member-suspended on the open stream").atMost(Duration.ofSeconds(30))
                        .until(() -> String.join("\n", lines).contains("\"kind\":\"member-suspended\""));
                assertThat(String.join("\n", lines)).containsPattern("id:[0-9a-f-]{36}");
                JsonNode inbox = member.api().get("/api/notifications/inbox?size=100").body().path("items");
                assertThat(inbox.values()).extracting(item -> item.path("kind").asString()).contains("member-suspended");
                Mail mail = Mailbox.of(member.user().email()).awaitMessage("the suspension e-mail",
                        m -> "ar".equals(m.header("Content-Language")) && !m.subject().contains("أهلًا بكم"));
                assertThat(mail.header("Content-Language")).isEqualTo("ar");
            } finally {
                Api.as("operator").post("/api/membership/members/" + member.memberId() + "/reinstate",
                        Map.of("note", "Stream probe over."));
            }
        } finally {
            // close() would wait for the endless stream to end
            http.shutdownNow();
        }
    }

    @Test
    void callbackUrlsIntoPrivateNetworksAreRefused() {
        List<String> targets = List.of("http://169.254.169.254/latest/meta-data/", "http://10.0.0.7/hook",
                "http://192.168.1.20/hook", "http://172.16.0.9/hook", "http://[fd00::1]/hook", "ftp://partner.example/hook");
        for (String url : targets) {
            ApiResponse refused = Api.asPartner().post("/api/notifications/webhooks",
                    Map.of("url", url, "eventTypes", List.of(APPROVED)));
            assertProblemNaming(refused, refused.status() == 400 ? 400 : 422, "url");
        }
        ProofLog.record("security", "Webhook callback into private networks (metadata, RFC 1918, ULA) or not HTTP",
                targets.size(), "refused naming url; no subscription", Map.of("accepted", 0));
    }

    private static JsonNode deliveryFor(String subscription, String webhookId) {
        for (JsonNode item : Api.asPartner().get("/api/notifications/webhooks/" + subscription + "/deliveries").body()
                .path("items").values()) {
            if (webhookId.equals(item.path("id").asString())) {
                return item;
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }
}
