package org.isec.marketplace.domain;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Makes a member's open commissions and bids follow its standing: hidden and frozen while it cannot trade,
 * back when it can. It re-derives the state from the current standings rather than applying a delta, so running
 * it twice, or for events that arrive again, changes nothing.
 */
@Service
public class StandingReconciler {

    private static final Logger log = LoggerFactory.getLogger(StandingReconciler.class);
    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final CommissionRepository commissions;
    private final MemberDirectory members;
    private final MatchingService matching;

    StandingReconciler(MongoTemplate mongo, CommissionRepository commissions, MemberDirectory members, MatchingService matching) {
        this.mongo = mongo;
        this.commissions = commissions;
        this.members = members;
        this.matching = matching;
    }

    /** A profile or track record changed: matching must rebuild its index, nothing to freeze or release. */
    public void membersChanged() {
        matching.membersChanged();
    }

    public void reconcile(String memberId) {
        matching.membersChanged();
        Query involved = Query.query(new Criteria().andOperator(
                where("status").in(CommissionStatus.OPEN.name(), CommissionStatus.CLOSED.name()),
                new Criteria().orOperator(where("buyerMemberId").is(memberId), where("bids.participantIds").is(memberId))));
        involved.fields().include("_id");
        List<String> ids = mongo.find(involved, Commission.class).stream().map(Commission::id).toList();
        int changed = 0;
        for (String id : ids) {
            changed += reflect(id) ? 1 : 0;
        }
        if (changed > 0) {
            log.info("standing of member {} reflected on {} commission(s)", memberId, changed);
        }
    }

    private boolean reflect(String id) {
        for (int attempt = 1; ; attempt++) {
            Commission c = commissions.findById(id).orElse(null);
            if (c == null || !c.reflectStandings(members)) {
                return false;
            }
            try {
                commissions.save(c);
                return true;
            } catch (OptimisticLockingFailureException concurrentChange) {
                if (attempt == ATTEMPTS) {
                    throw concurrentChange;
                }
            }
        }
    }
}
