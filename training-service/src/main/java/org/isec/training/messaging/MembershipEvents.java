package org.isec.training.messaging;

import io.cloudevents.CloudEvent;
import org.isec.contracts.Topics;
import org.isec.contracts.membership.MemberApproved;
import org.isec.contracts.membership.MemberProfileUpdated;
import org.isec.contracts.membership.MemberReinstated;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.defaults.messaging.InboundEvent;
import org.isec.training.domain.enrolment.Members;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps training's view of member organisations: who is suspended, and the organisation name printed on
 * certificates. Other membership events are not training's business and are skipped.
 */
@Component
class MembershipEvents {

    private final Members members;

    MembershipEvents(Members members) {
        this.members = members;
    }

    @KafkaListener(topics = Topics.MEMBERSHIP)
    void on(CloudEvent cloudEvent) {
        InboundEvent event = InboundEvent.of(cloudEvent);
        if (event.is(MemberApproved.class)) {
            MemberApproved approved = event.as(MemberApproved.class);
            members.approved(event.id(), approved.memberId(),
                    approved.organization() == null ? null : approved.organization().legalName());
        } else if (event.is(MemberSuspended.class)) {
            members.suspended(event.id(), event.as(MemberSuspended.class).memberId());
        } else if (event.is(MemberReinstated.class)) {
            members.reinstated(event.id(), event.as(MemberReinstated.class).memberId());
        } else if (event.is(MemberProfileUpdated.class)) {
            MemberProfileUpdated updated = event.as(MemberProfileUpdated.class);
            if (updated.organization() != null) {
                members.renamed(event.id(), updated.memberId(), updated.organization().legalName());
            }
        }
    }
}
