package org.isec.advisory.messaging;

import io.cloudevents.CloudEvent;
import org.isec.advisory.domain.funding.MemberProjection;
import org.isec.contracts.Topics;
import org.isec.contracts.membership.MemberApproved;
import org.isec.contracts.membership.MemberProfileUpdated;
import org.isec.contracts.membership.MemberReinstated;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.defaults.messaging.InboundEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Membership facts advisory needs for funding eligibility; other membership events are not its business. */
@Component
class MembershipListener {

    private final MemberProjection members;

    MembershipListener(MemberProjection members) {
        this.members = members;
    }

    @KafkaListener(topics = Topics.MEMBERSHIP)
    void on(CloudEvent cloudEvent) {
        InboundEvent event = InboundEvent.of(cloudEvent);
        if (event.is(MemberApproved.class)) {
            var approved = event.as(MemberApproved.class);
            members.approved(event.id(), approved.memberId(), approved.organization());
        } else if (event.is(MemberProfileUpdated.class)) {
            var updated = event.as(MemberProfileUpdated.class);
            members.profileUpdated(event.id(), updated.memberId(), updated.organization());
        } else if (event.is(MemberSuspended.class)) {
            members.suspended(event.id(), event.as(MemberSuspended.class).memberId());
        } else if (event.is(MemberReinstated.class)) {
            members.reinstated(event.id(), event.as(MemberReinstated.class).memberId());
        }
    }
}
