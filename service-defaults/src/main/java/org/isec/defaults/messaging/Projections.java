package org.isec.defaults.messaging;

import com.mongodb.client.result.UpdateResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Read models built from events, idempotent by construction: an update is applied to a document only if that
 * event id is not yet among the document's {@value #APPLIED} (the last {@value #REMEMBERED} ids are kept).
 * <pre>{@code
 * projections.applyOnce(ActiveMember.class, approved.memberId(), event.id(),
 *         new Update().set("status", "ACTIVE").set("organizationName", approved.organization().legalName()));
 * }</pre>
 */
public class Projections {

    public static final String APPLIED = "appliedEvents";
    static final int REMEMBERED = 100;

    private final MongoTemplate mongo;

    public Projections(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Upserts document {@code id} of {@code entity}'s collection with {@code update} (field names mapped as the
     * entity declares them) unless event {@code eventId} was applied to it before.
     *
     * @return true if applied now, false if it had been applied already
     */
    public boolean applyOnce(Class<?> entity, Object id, String eventId, Update update) {
        try {
            return applied(mongo.upsert(notYetApplied(id, eventId), remember(update, eventId), entity));
        } catch (DuplicateKeyException alreadyApplied) {
            return false;
        }
    }

    /** As {@link #applyOnce(Class, Object, String, Update)} for a collection without an entity class. */
    public boolean applyOnce(String collection, Object id, String eventId, Update update) {
        try {
            return applied(mongo.upsert(notYetApplied(id, eventId), remember(update, eventId), collection));
        } catch (DuplicateKeyException alreadyApplied) {
            return false;
        }
    }

    private static Query notYetApplied(Object id, String eventId) {
        // If the document exists and already lists the event, nothing matches, the upsert tries to insert a second
        // document with the same _id and fails with a duplicate key: that is the "already applied" answer.
        return Query.query(where("_id").is(id).and(APPLIED).ne(eventId));
    }

    private static Update remember(Update update, String eventId) {
        update.push(APPLIED).slice(-REMEMBERED).each(eventId);
        return update;
    }

    private static boolean applied(UpdateResult result) {
        return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
    }
}
