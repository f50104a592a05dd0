package org.isec.defaults.outbox;

import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/** Hands every saved aggregate with pending events to the publisher, off the request thread. */
class OutboxRelay extends AbstractMongoEventListener<AggregateRoot> {

    private final OutboxPublisher publisher;

    OutboxRelay(OutboxPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<AggregateRoot> event) {
        Document saved = event.getDocument();
        if (saved != null && !event.getSource().pendingEvents().isEmpty()) {
            publisher.publishSoon(event.getCollectionName(), saved.get("_id"));
        }
    }
}
