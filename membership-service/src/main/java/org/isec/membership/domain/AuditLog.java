package org.isec.membership.domain;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * The record of operator actions. Written right after the action's own document write; without transactions a
 * crash between the two can lose an entry (never invent one), which the decision stored on the document itself
 * (who, when, why) still covers.
 */
@Component
public class AuditLog {

    private final MongoTemplate mongo;
    private final Clock clock;

    AuditLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    void record(Actor actor, String action, String targetType, String targetId, String reason) {
        mongo.insert(new AuditEntry(UUID.randomUUID().toString(), clock.instant(), actor, action, targetType,
                targetId, reason));
    }

    /** Newest first; every filter optional. */
    public Page<AuditEntry> find(String action, String targetId, String actorUserId, int page, int size) {
        Criteria criteria = new Criteria();
        if (action != null) {
            criteria.and("action").is(action);
        }
        if (targetId != null) {
            criteria.and("targetId").is(targetId);
        }
        if (actorUserId != null) {
            criteria.and("actor.userId").is(actorUserId);
        }
        PageRequest pageable = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "at"));
        Query query = Query.query(criteria).with(pageable);
        return PageableExecutionUtils.getPage(mongo.find(query, AuditEntry.class), pageable,
                () -> mongo.count(Query.query(criteria), AuditEntry.class));
    }
}
