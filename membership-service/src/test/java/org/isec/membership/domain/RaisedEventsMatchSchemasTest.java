package org.isec.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.isec.contracts.JsonSchemas;
import org.isec.contracts.membership.MemberReinstated;
import org.isec.defaults.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

/** Every event type the service raises, as raised by the domain, is valid against its published schema. */
class RaisedEventsMatchSchemasTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Actor OPERATOR = new Actor(UUID.randomUUID().toString(), "operator");
    private static final String USER = UUID.randomUUID().toString();

    @Test
    void everyRaisedEventIsValidAgainstItsSchema() {
        List<OutboxEvent> raised = new ArrayList<>();

        Membership member = Membership.submit(USER,
                ApplicationRules.check(Forms.valid(), Charters.first(), Year.of(2026)), NOW);
        member.approve(OPERATOR, NOW);
        member.suspend(Suspension.forCharter(2, NOW), NOW);
        member.replaceSuspension(Suspension.byOperator("fees", OPERATOR, NOW), NOW);
        member.reinstate(MemberReinstated.OPERATOR_DECISION, null, NOW);
        Charter second = Charter.publish(Charters.first(), Charters.shippedTexts(), NOW, 30, "v2", OPERATOR, NOW);
        member.acceptCharter(second, USER, NOW);
        var changes = ProfileRules.apply(member.organization(), member.contact(), new ProfileChanges(null,
                new ProfileChanges.ContactChanges(null, null, "new@example.org", null, null)));
        member.changeProfile(changes.organization(), changes.contact(), changes.changedFields(), NOW);
        raised.addAll(member.pendingEvents());
        raised.addAll(second.pendingEvents());

        Membership rejected = Membership.submit(UUID.randomUUID().toString(),
                ApplicationRules.check(Forms.valid(), Charters.first(), Year.of(2026)), NOW);
        rejected.reject("incomplete", OPERATOR, NOW);
        raised.addAll(rejected.pendingEvents());
        raised.addAll(EthicsReport.file(UUID.randomUUID().toString(), USER, member.memberId(), 10, "A description long enough.", NOW)
                .pendingEvents());

        assertThat(raised).extracting(OutboxEvent::type).contains(
                "isec.membership.MembershipApplied", "isec.membership.MemberApproved",
                "isec.membership.MembershipRejected", "isec.membership.MemberSuspended",
                "isec.membership.MemberReinstated", "isec.membership.MemberProfileUpdated",
                "isec.membership.CharterPublished", "isec.membership.CharterAccepted",
                "isec.membership.EthicsReportFiled");
        for (OutboxEvent event : raised) {
            assertThat(JsonSchemas.validate(event.type(), event.version(), event.data().getBytes()))
                    .as(event.type() + " " + event.data()).isEmpty();
        }
        assertThat(raised).extracting(OutboxEvent::topic).containsOnly("isec.membership");
    }
}
