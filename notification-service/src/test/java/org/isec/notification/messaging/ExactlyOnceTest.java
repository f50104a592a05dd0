package org.isec.notification.messaging;

import java.time.Instant;

import io.cloudevents.CloudEvent;
import org.isec.contracts.Topics;
import org.isec.contracts.membership.ContactPerson;
import org.isec.contracts.membership.MemberApproved;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.notification.support.IntegrationTest;
import org.isec.notification.support.Receiver;
import org.isec.notification.support.Smtp;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A redelivered event produces no second e-mail, inbox entry or webhook delivery. */
class ExactlyOnceTest extends IntegrationTest {

    @Test
    void theSameCloudEventDeliveredTwiceThroughTheBrokerNotifiesEveryRecipientOnce() throws Exception {
        try (Receiver partner = Receiver.answering(200)) {
            String partnerId = id();
            String subscriptionId = read(mvc.perform(post("/api/notifications/webhooks").with(partner(partnerId))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"url\": \"%s\", \"eventTypes\": [\"isec.membership.MemberApproved\"]}"
                                    .formatted(partner.url("/hook"))))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
            String memberId = id();
            String email = address("contact");
            CloudEvent approved = events.publish(new MemberApproved(memberId, id(), id(), profile("Il Ponte"),
                    new ContactPerson("Giulia", email, "it"), "2026.1", Instant.now()));
            eventually().until(() -> Smtp.messagesTo(email).size() == 1 && partner.received().size() == 1);

            events.publish(approved, Topics.MEMBERSHIP, memberId);
            // A later event for the same member travels on the same partition: once its e-mail is out, the
            // redelivered approval before it has certainly been handled.
            events.publish(new MemberSuspended(memberId, MemberSuspended.OPERATOR_DECISION, "Quote non versate.", null,
                    Instant.now()));
            eventually().until(() -> Smtp.messagesTo(email).size() == 2);

            assertThat(Smtp.messagesTo(email)).extracting(MembershipNotificationsTest::subject)
                    .containsExactly("Benvenuti in I.S.E.C.: Il Ponte è socia del consorzio",
                            "La vostra adesione a I.S.E.C. è sospesa");
            JsonNode inbox = read(mvc.perform(get("/api/notifications/inbox").with(member(id(), memberId)))
                    .andReturn().getResponse().getContentAsString());
            assertThat(inbox.get("items").findValuesAsString("kind"))
                    .containsExactly("member-suspended", "member-welcome");
            assertThat(partner.received()).hasSize(1);
            assertThat(read(mvc.perform(get("/api/notifications/webhooks/{id}/deliveries", subscriptionId)
                    .with(partner(partnerId))).andReturn().getResponse().getContentAsString()).get("total").asInt())
                    .isEqualTo(1);
        }
    }
}
