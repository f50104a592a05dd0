package org.isec.marketplace.domain;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Closes (or expires, without bids) commissions whose bid deadline passed. Safe with several instances: each
 * change is a versioned save, so when two instances close the same commission one save wins and the other
 * skips it.
 */
@Service
public class DeadlineCloser {

    private static final Logger log = LoggerFactory.getLogger(DeadlineCloser.class);
    private static final int BATCH = 100;

    private final MongoTemplate mongo;
    private final CommissionRepository commissions;
    private final Clock clock;

    DeadlineCloser(MongoTemplate mongo, CommissionRepository commissions, Clock clock) {
        this.mongo = mongo;
        this.commissions = commissions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${isec.marketplace.deadline-check:10s}", initialDelayString = "${isec.marketplace.deadline-check:10s}")
    public void closeDue() {
        Instant now = clock.instant();
        Query due = Query.query(where("status").is(CommissionStatus.OPEN.name()).and("bidDeadline").lte(now)).limit(BATCH);
        List<Commission> found = mongo.find(due, Commission.class);
        for (Commission c : found) {
            if (c.closeAtDeadline(now)) {
                try {
                    commissions.save(c);
                    log.info("commission {} reached its deadline: {}", c.id(), c.status());
                } catch (OptimisticLockingFailureException handledElsewhere) {
                    log.debug("commission {} changed concurrently; the next run looks again", c.id());
                }
            }
        }
    }
}
