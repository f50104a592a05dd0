package org.isec.advisory.config;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The indexes behind the service's queries, created at start-up (Spring Data's automatic index creation is off).
 * None of them is unique: uniqueness lives in document ids (one calendar per advisor, one match per call and
 * member), which hold on the wire server too, since it ignores non-unique indexes.
 */
@Component
class MongoIndexes {

    private static final Logger log = LoggerFactory.getLogger(MongoIndexes.class);
    private static final Map<String, String[]> INDEXES = Map.of(
            "advisory_cases", new String[] {"memberId", "assignment.advisorId", "stage"},
            "advisor_calendars", new String[] {"bookings.requestId"},
            "business_plans", new String[] {"memberId"},
            "funding_opportunities", new String[] {"deadline", "matchedAt"},
            "funding_matches", new String[] {"opportunityId", "memberId"},
            "members", new String[] {"status"});

    private final MongoTemplate mongo;

    MongoIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensure() {
        INDEXES.forEach((collection, fields) -> {
            for (String field : fields) {
                try {
                    mongo.indexOps(collection).createIndex(new Index().on(field, Sort.Direction.ASC));
                } catch (RuntimeException e) {
                    // An unreachable database must not stop the service; the next start tries again.
                    log.warn("index {}.{} not created: {}", collection, field, e.getMessage());
                }
            }
        });
    }
}
