package org.isec.defaults.messaging;

import java.util.Date;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Remembers which events this consumer group has handled, for effects that must happen once (a welcome e-mail
 * per event and recipient): write the record first, then do the effect from it.
 * <pre>{@code
 * if (processedEvents.firstTime(event.id() + ":" + recipientId)) { ... }
 * }</pre>
 * Records live in collection {@value #COLLECTION} with {@code _id = <consumer group>:<key>}.
 */
public class ProcessedEvents {

    public static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;
    private final String consumerGroup;

    public ProcessedEvents(MongoTemplate mongo, String consumerGroup) {
        this.mongo = mongo;
        this.consumerGroup = consumerGroup;
    }

    /** True exactly once per key and consumer group, however often the event is redelivered. */
    public boolean firstTime(String key) {
        try {
            mongo.insert(new Document("_id", id(key)).append("at", new Date()), COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Forgets a key, so a redelivery counts as the first time again (when the effect failed and must be retried). */
    public void forget(String key) {
        mongo.remove(Query.query(where("_id").is(id(key))), COLLECTION);
    }

    private String id(String key) {
        return consumerGroup + ":" + key;
    }
}
