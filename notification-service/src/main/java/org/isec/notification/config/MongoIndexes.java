package org.isec.notification.config;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndexDefinition;
import org.springframework.stereotype.Component;

/**
 * The indexes the queries need on a real MongoDB (the embedded wire server accepts and ignores non-unique ones).
 * Exactly-once needs none: it rests on the {@code _id} of each delivery record.
 */
@Component
class MongoIndexes {

    private static final Logger log = LoggerFactory.getLogger(MongoIndexes.class);

    private final MongoTemplate mongo;

    MongoIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensure() {
        try {
            index("inbox", new Document("audience", 1).append("createdAt", -1));
            index("email_deliveries", new Document("status", 1).append("nextAttemptAt", 1));
            index("email_deliveries", new Document("status", 1).append("createdAt", -1));
            index("webhook_deliveries", new Document("status", 1).append("nextAttemptAt", 1));
            index("webhook_deliveries", new Document("subscriptionId", 1).append("createdAt", -1));
            index("webhook_subscriptions", new Document("status", 1).append("eventTypes", 1));
            index("webhook_subscriptions", new Document("owner", 1).append("createdAt", 1));
            index("recipients", new Document("status", 1).append("charterVersion", 1));
        } catch (RuntimeException e) {
            // Indexes speed queries up; without the database now, the next start creates them.
            log.warn("could not ensure MongoDB indexes: {}", e.toString());
        }
    }

    private void index(String collection, Document keys) {
        mongo.indexOps(collection).createIndex(new CompoundIndexDefinition(keys));
    }
}
