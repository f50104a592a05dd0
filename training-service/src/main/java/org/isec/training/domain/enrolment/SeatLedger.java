package org.isec.training.domain.enrolment;

import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Who holds a seat of a course and who waits, in one document per course:
 * {@code {_id: courseId, free: 3, holders: [enrolmentIds], queue: [enrolmentIds in arrival order]}}.
 * Every change is one conditional single-document update, so the capacity holds under any concurrency without
 * transactions, and every change is keyed by the enrolment id, so repeating one after a crash has no second effect.
 */
@Component
class SeatLedger {

    static final String COLLECTION = "course_seats";
    private static final int PROMOTION_ATTEMPTS = 50;

    private final MongoTemplate mongo;

    SeatLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Where an enrolment stands in the ledger. */
    record Placement(boolean seated, int position) {

        static final Placement ABSENT = new Placement(false, 0);

        boolean waiting() {
            return position > 0;
        }
    }

    /** Seats the enrolment if a seat is free and nobody waits, else queues it last; a repeat changes nothing. */
    Placement allocate(String courseId, int capacity, String enrollmentId) {
        open(courseId, capacity);
        // A free seat goes to a newcomer only when nobody waits: otherwise it belongs to the head of the queue.
        Document after = mongo.findAndModify(
                Query.query(where("_id").is(courseId).and("free").gt(0)
                        .and("holders").ne(enrollmentId).and("queue").size(0)),
                new Update().inc("free", -1).push("holders", enrollmentId),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        if (after == null) {
            after = mongo.findAndModify(
                    Query.query(where("_id").is(courseId)
                            .and("holders").ne(enrollmentId).and("queue").ne(enrollmentId)),
                    new Update().push("queue", enrollmentId),
                    FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        }
        if (after == null) {
            after = ledger(courseId);
        }
        return placementIn(after, enrollmentId);
    }

    Placement placement(String courseId, String enrollmentId) {
        Document ledger = ledger(courseId);
        return ledger == null ? Placement.ABSENT : placementIn(ledger, enrollmentId);
    }

    /** Takes the enrolment out of the ledger; true if that gave a seat back. */
    boolean release(String courseId, String enrollmentId) {
        boolean seatFreed = mongo.updateFirst(Query.query(where("_id").is(courseId).and("holders").is(enrollmentId)),
                new Update().pull("holders", enrollmentId).inc("free", 1), COLLECTION).getModifiedCount() > 0;
        mongo.updateFirst(Query.query(where("_id").is(courseId).and("queue").is(enrollmentId)),
                new Update().pull("queue", enrollmentId), COLLECTION);
        return seatFreed;
    }

    /**
     * Moves the first in the queue to a free seat and returns it; empty when no seat is free or nobody waits.
     * Compare-and-set on the head of the queue, so two promoters never seat the same enrolment twice nor skip one.
     */
    Optional<String> promoteNext(String courseId) {
        for (int attempt = 0; attempt < PROMOTION_ATTEMPTS; attempt++) {
            Document ledger = ledger(courseId);
            if (ledger == null || ledger.getInteger("free", 0) <= 0) {
                return Optional.empty();
            }
            List<String> queue = ledger.getList("queue", String.class, List.of());
            if (queue.isEmpty()) {
                return Optional.empty();
            }
            String first = queue.getFirst();
            boolean moved = mongo.updateFirst(
                    Query.query(where("_id").is(courseId).and("free").gt(0).and("queue.0").is(first)),
                    new Update().pull("queue", first).push("holders", first).inc("free", -1),
                    COLLECTION).getModifiedCount() > 0;
            if (moved) {
                return Optional.of(first);
            }
        }
        throw new IllegalStateException("could not promote on course " + courseId + " after " + PROMOTION_ATTEMPTS
                + " attempts; the reconciler will finish it");
    }

    Counts counts(String courseId) {
        Document ledger = ledger(courseId);
        if (ledger == null) {
            return new Counts(0, 0);
        }
        return new Counts(ledger.getList("holders", String.class, List.of()).size(),
                ledger.getList("queue", String.class, List.of()).size());
    }

    record Counts(int confirmed, int waitlisted) {
    }

    /** Every ledger that lists anyone, for the reconciler. */
    List<Document> all() {
        return mongo.findAll(Document.class, COLLECTION);
    }

    private void open(String courseId, int capacity) {
        // Created on first use rather than with the course, so no crash can leave a course without its ledger.
        mongo.upsert(Query.query(where("_id").is(courseId)),
                new Update().setOnInsert("free", capacity).setOnInsert("holders", List.of())
                        .setOnInsert("queue", List.of()),
                COLLECTION);
    }

    private Document ledger(String courseId) {
        return mongo.findById(courseId, Document.class, COLLECTION);
    }

    private static Placement placementIn(Document ledger, String enrollmentId) {
        if (ledger.getList("holders", String.class, List.of()).contains(enrollmentId)) {
            return new Placement(true, 0);
        }
        int index = ledger.getList("queue", String.class, List.of()).indexOf(enrollmentId);
        return index < 0 ? Placement.ABSENT : new Placement(false, index + 1);
    }
}
