package org.isec.notification.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.cloudevents.CloudEvent;
import org.isec.contracts.marketplace.SupplierMatch;
import org.isec.contracts.marketplace.SuppliersMatched;
import org.isec.contracts.membership.ContactPerson;
import org.isec.contracts.membership.MemberApproved;
import org.isec.contracts.membership.MemberReinstated;
import org.isec.contracts.training.EnrollmentCancelled;
import org.isec.notification.support.IntegrationTest;
import org.isec.notification.support.Smtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * E-mail through a real SMTP relay that goes down and comes back. Tests allow 3 attempts, retried after 1 h and
 * 2 h, which happen when the test moves the clock.
 */
class EmailDeliveryTest extends IntegrationTest {

    private static final String ADMIN = "/api/notifications/admin/email-deliveries";

    @AfterEach
    void relayUp() {
        Smtp.start();
    }

    @Test
    void anEmailWaitsWhileTheRelayIsDownAndGoesOutWhenItIsBack() throws Exception {
        Smtp.stop();
        String email = address("contact");
        CloudEvent approved = events.publish(new MemberApproved(id(), id(), id(), profile("Tessitura Arcobaleno"),
                new ContactPerson("Fatou", email, "fr"), "2026.1", Instant.now()));

        eventually().until(() -> delivery(approved, "PENDING") != null && delivery(approved, "PENDING").get("attempts").asInt() == 1);
        JsonNode waiting = delivery(approved, "PENDING");
        assertThat(waiting.get("lastError").asString()).isNotBlank();
        assertThat(waiting.get("recipient").asString()).isEqualTo(email);
        assertThat(Instant.parse(waiting.get("nextAttemptAt").asString())).isAfter(clock.instant().plus(Duration.ofMinutes(59)));

        Smtp.start();
        clock.advance(Duration.ofHours(1));

        eventually().until(() -> Smtp.messagesTo(email).size() == 1);
        assertThat(MembershipNotificationsTest.subject(Smtp.messagesTo(email).getFirst()))
                .isEqualTo("Bienvenue chez I.S.E.C. : Tessitura Arcobaleno est désormais membre");
        eventually().until(() -> delivery(approved, "SENT") != null);
        JsonNode sent = delivery(approved, "SENT");
        assertThat(sent.get("attempts").asInt()).isEqualTo(2);
        // Every attempt of a delivery carries its Message-ID, so a resend after a crash mid-send is the same message.
        assertThat(Smtp.messagesTo(email).getFirst().getMessageID())
                .isEqualTo("<" + sent.get("id").asString() + "@isec.example>");
    }

    @Test
    void anEmailThatExhaustsItsAttemptsIsVisibleToOperatorsWhoSendItAgain() throws Exception {
        Smtp.stop();
        String email = address("contact");
        CloudEvent approved = events.publish(new MemberApproved(id(), id(), id(), profile("Forno Amal"),
                new ContactPerson("Amal", email, "ar"), "2026.1", Instant.now()));
        eventually().until(() -> attempts(approved) == 1);
        clock.advance(Duration.ofHours(1));
        eventually().until(() -> attempts(approved) == 2);
        clock.advance(Duration.ofHours(2));

        eventually().until(() -> delivery(approved, "FAILED") != null);
        JsonNode failed = delivery(approved, "FAILED");
        assertThat(failed.get("attempts").asInt()).isEqualTo(3);
        assertThat(failed.get("lastError").asString()).isNotBlank();
        assertThat(failed.get("kind").asString()).isEqualTo("member-welcome");
        mvc.perform(get(ADMIN).with(member(id(), id()))).andExpect(status().isForbidden());

        Smtp.start();
        mvc.perform(post(ADMIN + "/{id}/retry", failed.get("id").asString()).with(operator(id()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"relay repaired\"}"))
                .andExpect(status().isAccepted());

        eventually().until(() -> Smtp.messagesTo(email).size() == 1);
        eventually().until(() -> delivery(approved, "SENT") != null);
        assertThat(delivery(approved, "SENT").get("note").asString()).contains("retried by operator-").contains("relay repaired");
        mvc.perform(post(ADMIN + "/{id}/retry", failed.get("id").asString()).with(operator(id())))
                .andExpect(status().isConflict());
    }

    @Test
    void aNonEssentialCategoryTurnedOffForEmailIsSkippedButStillInTheInbox() throws Exception {
        Org org = approvedMember("it");
        mvc.perform(put("/api/notifications/preferences").with(member(org.userId(), org.memberId()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channels\": {\"MARKETPLACE\": {\"EMAIL\": false}}}"))
                .andExpect(status().isOk());

        CloudEvent matched = events.publish(new SuppliersMatched(id(), id(), "Servizio mensa scolastica",
                Instant.now().plus(Duration.ofDays(10)), List.of(new SupplierMatch(org.memberId(), 1, 0.9)),
                Instant.now()));

        eventually().until(() -> delivery(matched, "SKIPPED") != null);
        assertThat(delivery(matched, "SKIPPED").get("note").asString()).isEqualTo("OPTED_OUT");
        assertThat(Smtp.messagesTo(org.email())).hasSize(1);
        JsonNode inbox = read(mvc.perform(get("/api/notifications/inbox").with(member(org.userId(), org.memberId())))
                .andReturn().getResponse().getContentAsString());
        assertThat(inbox.get("items").findValuesAsString("kind")).contains("supplier-matched");
    }

    @Test
    void theLanguageChosenInPreferencesWinsOverTheContactsLanguage() throws Exception {
        Org org = approvedMember("it");
        mvc.perform(put("/api/notifications/preferences").with(member(org.userId(), org.memberId()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\": \"zh\"}"))
                .andExpect(status().isOk());

        events.publish(new MemberReinstated(org.memberId(), MemberReinstated.CHARTER_ACCEPTED, null, Instant.now()));

        eventually().until(() -> Smtp.messagesTo(org.email()).size() == 2);
        assertThat(MembershipNotificationsTest.subject(Smtp.messagesTo(org.email()).get(1)))
                .isEqualTo("贵机构的 I.S.E.C. 会员资格已恢复");
    }

    @Test
    void aLearnerWhoseEventCarriesNoAddressIsReachedAtTheAddressTheirTokenGave() throws Exception {
        String learner = id();
        String email = address("learner");
        mvc.perform(put("/api/notifications/preferences")
                        .with(jwt().jwt(j -> j.subject(learner).claim("email", email)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"language\": \"es\"}"))
                .andExpect(status().isOk());

        events.publish(new EnrollmentCancelled(id(), id(), id(), learner, true, Instant.now()));

        eventually().until(() -> Smtp.messagesTo(email).size() == 1);
        assertThat(MembershipNotificationsTest.subject(Smtp.messagesTo(email).getFirst())).startsWith("Inscripción cancelada");
    }

    private int attempts(CloudEvent event) throws Exception {
        JsonNode pending = delivery(event, "PENDING");
        if (pending != null) {
            return pending.get("attempts").asInt();
        }
        JsonNode failed = delivery(event, "FAILED");
        return failed == null ? 0 : failed.get("attempts").asInt();
    }

    /** The event's e-mail delivery in the operators' list of that status, or null. */
    private JsonNode delivery(CloudEvent event, String status) throws Exception {
        JsonNode list = read(mvc.perform(get(ADMIN + "?status={status}&size=100", status).with(operator(id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        for (JsonNode item : list.get("items")) {
            if (item.get("eventId").asString().equals(event.getId())) {
                return item;
            }
        }
        return null;
    }
}
