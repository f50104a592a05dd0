package org.isec.notification.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.cloudevents.CloudEvent;
import org.isec.contracts.EventTypes;
import org.isec.contracts.IsecCloudEvents;
import org.isec.contracts.SampleEvents;
import org.isec.contracts.marketplace.CommissionPublished;
import org.isec.contracts.membership.ContactPerson;
import org.isec.contracts.membership.MemberApproved;
import org.isec.contracts.training.CertificateIssued;
import org.isec.notification.support.IntegrationTest;
import org.isec.notification.support.Receiver;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Partner deliveries end to end: events on the real broker, a partner endpoint on 127.0.0.1 (the loopback dev flag
 * is on in tests), signatures checked by the few lines of {@link #verifies} below, written apart from the signer.
 */
class WebhookDeliveryTest extends IntegrationTest {

    private static final String WEBHOOKS = "/api/notifications/webhooks";

    record Subscription(String partner, String id, String secret) {
    }

    @Test
    void anApprovalReachesTheSubscribedPartnerAsOneSignedCloudEventWithoutPersonalData() throws Exception {
        try (Receiver receiver = Receiver.answering(200)) {
            Subscription subscription = subscribe(receiver.url("/isec/events?source=platform"),
                    "isec.membership.MemberApproved");
            String memberId = id();
            CloudEvent approved = events.publish(new MemberApproved(memberId, id(), id(), profile("Sapori del Nilo"),
                    new ContactPerson("Amina", "amina@example.org", "ar"), "2026.1", Instant.now()));

            eventually().until(() -> receiver.received().size() == 1);
            Receiver.Request request = receiver.received().getFirst();
            assertThat(request.path()).isEqualTo("/isec/events?source=platform");
            assertThat(request.header("content-type")).startsWith("application/cloudevents+json");
            assertThat(verifies(subscription.secret(), request)).isTrue();
            assertThat(verifies("whsec_" + Base64.getEncoder().encodeToString(new byte[32]), request)).isFalse();

            JsonNode event = read(new String(request.body(), StandardCharsets.UTF_8));
            assertThat(event.get("specversion").asString()).isEqualTo("1.0");
            assertThat(event.get("id").asString()).isEqualTo(approved.getId());
            assertThat(event.get("type").asString()).isEqualTo("isec.membership.MemberApproved");
            assertThat(event.get("source").asString()).isEqualTo("/isec/membership");
            assertThat(event.get("subject").asString()).isEqualTo(memberId);
            assertThat(event.get("dataschema").asString()).isEqualTo("urn:isec:schema:isec.membership.MemberApproved:v1");
            assertThat(event.has("correlationid")).isFalse();
            JsonNode data = event.get("data");
            assertThat(data.get("memberId").asString()).isEqualTo(memberId);
            assertThat(data.get("organization").get("legalName").asString()).isEqualTo("Sapori del Nilo");
            assertThat(data.has("contact")).isFalse();
            assertThat(data.has("userId")).isFalse();
            assertThat(data.get("organization").has("founderTraits")).isFalse();
            assertThat(new String(request.body(), StandardCharsets.UTF_8)).doesNotContain("amina@example.org", "Amina");

            JsonNode log = deliveries(subscription);
            assertThat(log.get("total").asInt()).isEqualTo(1);
            JsonNode delivery = log.get("items").get(0);
            assertThat(delivery.get("id").asString()).isEqualTo(request.header("webhook-id"));
            assertThat(delivery.get("eventId").asString()).isEqualTo(approved.getId());
            assertThat(delivery.get("status").asString()).isEqualTo("DELIVERED");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
            assertThat(delivery.get("lastResponseCode").asInt()).isEqualTo(200);
        }
    }

    @Test
    void anEventFromBeforeTheSubscriptionIsNotSentEvenWhenKafkaDeliversItAgain() throws Exception {
        try (Receiver receiver = Receiver.answering(200)) {
            CertificateIssued earlier = certificate();
            CloudEvent old = IsecCloudEvents.of(earlier, id(), clock.instant().minus(Duration.ofMinutes(5)), Map.of());
            Subscription subscription = subscribe(receiver.url("/hook"), "isec.training.CertificateIssued");
            String topic = EventTypes.of(CertificateIssued.class).topic();
            CloudEvent current = IsecCloudEvents.of(certificate(), id(), clock.instant(), Map.of());
            // One key, one partition: the old event is consumed before the current one.
            events.publish(old, topic, earlier.subject());
            events.publish(current, topic, earlier.subject());

            eventually().until(() -> receiver.received().size() == 1);
            JsonNode log = deliveries(subscription);
            assertThat(log.get("total").asInt()).isEqualTo(1);
            assertThat(log.get("items").get(0).get("eventId").asString()).isEqualTo(current.getId());
            assertThat(read(new String(receiver.received().getFirst().body(), StandardCharsets.UTF_8))
                    .get("id").asString()).isEqualTo(current.getId());
        }
    }

    @Test
    void aReceiverAnswering500IsRetriedOnScheduleUntilItAccepts() throws Exception {
        try (Receiver receiver = Receiver.answering(200, 500)) {
            Subscription subscription = subscribe(receiver.url("/hook"), "isec.training.CertificateIssued");
            events.publish(certificate());

            eventually().until(() -> receiver.received().size() == 1
                    && deliveries(subscription).get("items").get(0).get("attempts").asInt() == 1);
            JsonNode waiting = deliveries(subscription).get("items").get(0);
            assertThat(waiting.get("status").asString()).isEqualTo("PENDING");
            assertThat(waiting.get("lastResponseCode").asInt()).isEqualTo(500);
            assertThat(Instant.parse(waiting.get("nextAttemptAt").asString()))
                    .isAfter(clock.instant().plus(Duration.ofMinutes(59)));

            clock.advance(Duration.ofHours(1));

            eventually().until(() -> deliveries(subscription).get("items").get(0).get("status").asString()
                    .equals("DELIVERED"));
            JsonNode delivered = deliveries(subscription).get("items").get(0);
            assertThat(delivered.get("attempts").asInt()).isEqualTo(2);
            assertThat(delivered.get("history").findValuesAsString("responseCode")).containsExactly("500", "200");
            List<Receiver.Request> requests = receiver.received();
            assertThat(requests).hasSize(2);
            assertThat(requests.get(1).header("webhook-id")).isEqualTo(requests.get(0).header("webhook-id"));
            assertThat(requests.get(1).body()).isEqualTo(requests.get(0).body());
            assertThat(verifies(subscription.secret(), requests.get(1))).isTrue();
        }
    }

    @Test
    void whenRetriesRunOutTheDeliveryFailsAndThePartnerCanRetryIt() throws Exception {
        try (Receiver receiver = Receiver.answering(503)) {
            Subscription subscription = subscribe(receiver.url("/hook"), "isec.training.CertificateIssued");
            events.publish(certificate());
            eventually().until(() -> receiver.received().size() == 1);

            for (int hours = 1; hours <= 3; hours++) {
                int before = receiver.received().size();
                eventually().until(() -> deliveries(subscription).get("items").get(0).get("attempts").asInt() == before);
                clock.advance(Duration.ofHours(hours));
                eventually().until(() -> receiver.received().size() == before + 1);
            }
            eventually().until(() -> deliveries(subscription).get("items").get(0).get("status").asString().equals("FAILED"));
            JsonNode failed = deliveries(subscription).get("items").get(0);
            assertThat(failed.get("attempts").asInt()).isEqualTo(4);
            assertThat(failed.get("lastResponseCode").asInt()).isEqualTo(503);

            receiver.answer(204);
            mvc.perform(post(WEBHOOKS + "/{id}/deliveries/{delivery}/retry", subscription.id(), failed.get("id").asString())
                    .with(partner(subscription.partner()))).andExpect(status().isAccepted());

            eventually().until(() -> deliveries(subscription).get("items").get(0).get("status").asString()
                    .equals("DELIVERED"));
            assertThat(receiver.received()).hasSize(5);
            mvc.perform(post(WEBHOOKS + "/{id}/deliveries/{delivery}/retry", subscription.id(), failed.get("id").asString())
                    .with(partner(subscription.partner()))).andExpect(status().isConflict());
        }
    }

    @Test
    void anEndpointAnsweringGoneDisablesItsSubscription() throws Exception {
        try (Receiver gone = Receiver.answering(410); Receiver alive = Receiver.answering(200)) {
            Subscription disabled = subscribe(gone.url("/old"), "isec.training.CertificateIssued");
            Subscription control = subscribe(alive.url("/new"), "isec.training.CertificateIssued");
            events.publish(certificate());
            eventually().until(() -> subscriptionStatus(disabled).equals("DISABLED"));
            JsonNode delivery = deliveries(disabled).get("items").get(0);
            assertThat(delivery.get("status").asString()).isEqualTo("FAILED");
            assertThat(delivery.get("lastResponseCode").asInt()).isEqualTo(410);

            events.publish(certificate());

            eventually().until(() -> alive.received().size() == 2);
            assertThat(gone.received()).hasSize(1);
            assertThat(deliveries(disabled).get("total").asInt()).isEqualTo(1);
            assertThat(read(mvc.perform(get(WEBHOOKS + "/{id}", disabled.id()).with(partner(disabled.partner())))
                    .andReturn().getResponse().getContentAsString()).get("disabledReason").asString()).contains("410");
        }
    }

    @Test
    void duringARotationEveryDeliveryIsSignedWithBothSecrets() throws Exception {
        try (Receiver receiver = Receiver.answering(200)) {
            Subscription subscription = subscribe(receiver.url("/hook"), "isec.training.CertificateIssued");
            String newSecret = read(mvc.perform(post(WEBHOOKS + "/{id}/rotate-secret", subscription.id())
                            .with(partner(subscription.partner()))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString()).get("secret").asString();

            events.publish(certificate());

            eventually().until(() -> receiver.received().size() == 1);
            Receiver.Request request = receiver.received().getFirst();
            assertThat(request.header("webhook-signature").split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
            assertThat(verifies(subscription.secret(), request)).isTrue();
            assertThat(verifies(newSecret, request)).isTrue();
        }
    }

    @Test
    void aPartnerGetsOnlyCommissionsOpenToEveryMember() throws Exception {
        try (Receiver receiver = Receiver.answering(200)) {
            subscribe(receiver.url("/hook"), "isec.marketplace.CommissionPublished");
            String commissionId = id();
            // Same commission id, so both land on one partition in this order.
            events.publish(commission(commissionId, CommissionPublished.INVITED, "Invitation only"));
            events.publish(commission(commissionId, CommissionPublished.MEMBERS, "Open to members"));

            eventually().until(() -> receiver.received().size() == 1);
            assertThat(new String(receiver.received().getFirst().body(), StandardCharsets.UTF_8))
                    .contains("Open to members").doesNotContain("Invitation only");
        }
    }

    @Test
    void aNameThatRebindsToAPrivateAddressAfterSubscribingIsNotCalled() throws Exception {
        String host = "partner-" + id().substring(0, 8) + ".rebind.test";
        names.answer(host, "93.184.216.34");
        Subscription subscription = subscribe("https://" + host + "/hook", "isec.training.CertificateIssued");
        names.answer(host, "169.254.169.254");

        events.publish(certificate());

        eventually().until(() -> deliveries(subscription).get("total").asInt() == 1
                && deliveries(subscription).get("items").get(0).get("attempts").asInt() == 1);
        JsonNode delivery = deliveries(subscription).get("items").get(0);
        assertThat(delivery.get("status").asString()).isEqualTo("PENDING");
        assertThat(delivery.get("lastError").asString()).contains("callback refused").contains("link-local");
        assertThat(delivery.get("lastResponseCode").isNull() || !delivery.has("lastResponseCode")).isTrue();
    }

    @Test
    void anEndpointThatKeepsFailingIsHeldBackByItsCircuitBreaker() throws Exception {
        try (Receiver receiver = Receiver.answering(500)) {
            Subscription subscription = subscribe(receiver.url("/hook"), "isec.training.CertificateIssued");
            for (int i = 0; i < 5; i++) {
                events.publish(certificate());
            }
            eventually().until(() -> receiver.received().size() == 5 && deliveries(subscription).get("items")
                    .findValuesAsString("attempts").stream().allMatch("1"::equals));

            events.publish(certificate());

            eventually().until(() -> deliveries(subscription).get("total").asInt() == 6 && heldBack(subscription));
            assertThat(receiver.received()).hasSize(5);
        }
    }

    /** The newest delivery has not been tried and waits for the breaker's open period to end. */
    private boolean heldBack(Subscription subscription) throws Exception {
        JsonNode newest = deliveries(subscription).get("items").get(0);
        return newest.get("attempts").asInt() == 0 && newest.hasNonNull("nextAttemptAt")
                && Instant.parse(newest.get("nextAttemptAt").asString()).isAfter(clock.instant().plus(Duration.ofMinutes(30)));
    }

    /**
     * Standard Webhooks verification, written here independently of the signer: HMAC-SHA256 keyed with the bytes
     * after {@code whsec_} over {@code id.timestamp.body}, compared in constant time with each {@code v1,} signature,
     * and a timestamp no more than five minutes from now.
     */
    private boolean verifies(String secret, Receiver.Request request) throws Exception {
        String id = request.header("webhook-id");
        String timestamp = request.header("webhook-timestamp");
        String signatures = request.header("webhook-signature");
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        if (Math.abs(Long.parseLong(timestamp) - clock.instant().getEpochSecond()) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((id + "." + timestamp + "." + new String(request.body(), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
        for (String signature : signatures.split(" ")) {
            String[] parts = signature.split(",", 2);
            if (parts.length == 2 && parts[0].equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                return true;
            }
        }
        return false;
    }

    private Subscription subscribe(String url, String type) throws Exception {
        String partner = id();
        JsonNode created = read(mvc.perform(post(WEBHOOKS).with(partner(partner)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"%s\", \"eventTypes\": [\"%s\"]}".formatted(url, type)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        return new Subscription(partner, created.get("id").asString(), created.get("secret").asString());
    }

    private JsonNode deliveries(Subscription subscription) throws Exception {
        return read(mvc.perform(get(WEBHOOKS + "/{id}/deliveries", subscription.id()).with(partner(subscription.partner())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String subscriptionStatus(Subscription subscription) throws Exception {
        return read(mvc.perform(get(WEBHOOKS + "/{id}", subscription.id()).with(partner(subscription.partner())))
                .andReturn().getResponse().getContentAsString()).get("status").asString();
    }

    private static CertificateIssued certificate() {
        return new CertificateIssued(id(), "K7QX-" + id().substring(0, 4), id(), SampleEvents.COURSE_ID,
                Map.of("it", "Appalti pubblici"), id(), id(), "learner@example.org", "it", Instant.now());
    }

    private static CommissionPublished commission(String id, String visibility, String title) {
        CommissionPublished p = SampleEvents.commissionPublished();
        return new CommissionPublished(id, p.buyerMemberId(), false, title, p.description(), p.category(),
                p.requiredCapabilities(), p.region(), p.province(), p.languages(), p.budget(), p.bidDeadline(),
                visibility, CommissionPublished.INVITED.equals(visibility) ? List.of(id()) : List.of(), p.lots(),
                Instant.now());
    }

}
