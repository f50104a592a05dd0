package org.isec.notification.messaging;

import java.time.Instant;
import java.util.List;

import io.cloudevents.CloudEvent;
import org.isec.contracts.Topics;
import org.isec.contracts.membership.ContactPerson;
import org.isec.contracts.membership.MemberApproved;
import org.isec.contracts.membership.MemberProfileUpdated;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.notification.support.IntegrationTest;
import org.isec.notification.support.Smtp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who a member's e-mail goes to follows membership's events, and a redelivered old event does not turn it back. */
class RecipientDirectoryTest extends IntegrationTest {

    @Test
    void aNewContactFromAProfileUpdateReceivesTheNextMessagesInItsLanguageEvenAfterAnOldEventIsRedelivered() {
        String memberId = id();
        String oldAddress = address("old");
        String newAddress = address("new");
        CloudEvent approved = events.publish(new MemberApproved(memberId, id(), id(), profile("Ristorante Dakar"),
                new ContactPerson("Moussa", oldAddress, "fr"), "2026.1", Instant.now()));
        eventually().until(() -> Smtp.messagesTo(oldAddress).size() == 1);

        events.publish(new MemberProfileUpdated(memberId, profile("Ristorante Dakar Milano"),
                new ContactPerson("Awa", newAddress, "en"), List.of("legalName", "contact.email", "contact.language"),
                Instant.now()));
        events.publish(approved, Topics.MEMBERSHIP, memberId);
        events.publish(new MemberSuspended(memberId, MemberSuspended.OPERATOR_DECISION, "Fees unpaid.", null, Instant.now()));

        eventually().until(() -> Smtp.messagesTo(newAddress).size() == 1);
        assertThat(MembershipNotificationsTest.subject(Smtp.messagesTo(newAddress).getFirst()))
                .isEqualTo("Your I.S.E.C. membership is suspended");
        assertThat(MembershipNotificationsTest.text(Smtp.messagesTo(newAddress).getFirst())).startsWith("Dear Awa,");
        assertThat(Smtp.messagesTo(oldAddress)).hasSize(1);
    }
}
