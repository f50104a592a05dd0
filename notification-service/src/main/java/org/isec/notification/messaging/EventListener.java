package org.isec.notification.messaging;

import io.cloudevents.CloudEvent;
import org.isec.contracts.Topics;
import org.isec.notification.domain.NotificationDispatcher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Notification listens to every service's topic. A handler that throws is retried with back-off and then sent to
 * {@code <topic>.dlt} by the service defaults; handling is idempotent, so the retries are safe.
 */
@Component
class EventListener {

    private final NotificationDispatcher dispatcher;

    EventListener(NotificationDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @KafkaListener(topics = {Topics.MEMBERSHIP, Topics.MARKETPLACE, Topics.ADVISORY, Topics.TRAINING})
    void on(CloudEvent event) {
        dispatcher.dispatch(event);
    }
}
