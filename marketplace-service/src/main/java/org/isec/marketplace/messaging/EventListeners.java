package org.isec.marketplace.messaging;

import io.cloudevents.CloudEvent;
import org.isec.contracts.Topics;
import org.isec.defaults.messaging.InboundEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Marketplace listens to membership (who may trade) and to itself (track records for reputation). */
@Component
class EventListeners {

    private final MemberProjection members;
    private final ReputationProjection reputation;

    EventListeners(MemberProjection members, ReputationProjection reputation) {
        this.members = members;
        this.reputation = reputation;
    }

    @KafkaListener(topics = Topics.MEMBERSHIP)
    void onMembership(CloudEvent event) {
        members.apply(InboundEvent.of(event));
    }

    @KafkaListener(topics = Topics.MARKETPLACE, groupId = "${spring.application.name}-reputation")
    void onMarketplace(CloudEvent event) {
        reputation.apply(InboundEvent.of(event));
    }
}
