package org.isec.membership.messaging;

import io.cloudevents.CloudEvent;
import org.isec.contracts.Topics;
import org.isec.contracts.training.CourseCompleted;
import org.isec.defaults.messaging.InboundEvent;
import org.isec.membership.domain.MemberService;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Ethics course completions from training go on the member's profile (the charter's training). */
@Component
class TrainingListener {

    private final MemberService members;

    TrainingListener(MemberService members) {
        this.members = members;
    }

    @KafkaListener(topics = Topics.TRAINING)
    void on(CloudEvent cloudEvent) {
        InboundEvent event = InboundEvent.of(cloudEvent);
        if (event.is(CourseCompleted.class)) {
            members.recordEthicsTraining(event.id(), event.as(CourseCompleted.class));
        }
    }
}
