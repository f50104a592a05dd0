package org.isec.marketplace.messaging;

import org.isec.contracts.marketplace.CommissionCompleted;
import org.isec.contracts.marketplace.ReviewSubmitted;
import org.isec.defaults.messaging.InboundEvent;
import org.isec.defaults.messaging.Projections;
import org.isec.marketplace.domain.Commission;
import org.isec.marketplace.domain.MarketMember;
import org.isec.marketplace.domain.StandingReconciler;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Track records from marketplace's own events: each review adds to the reviewee's ratings, each completed lot to
 * its suppliers' deliveries. Reading them back from the topic (instead of a second write in the request) keeps
 * one write per request and inherits the outbox's guarantee: every completion and review is counted exactly once.
 */
@Component
class ReputationProjection {

    private final Projections projections;
    private final StandingReconciler reconciler;

    ReputationProjection(Projections projections, StandingReconciler reconciler) {
        this.projections = projections;
        this.reconciler = reconciler;
    }

    void apply(InboundEvent event) {
        if (event.is(ReviewSubmitted.class)) {
            ReviewSubmitted e = event.as(ReviewSubmitted.class);
            if (!Commission.CONSORTIUM.equals(e.revieweeMemberId())) {
                count(e.revieweeMemberId(), event.id(), new Update().inc("ratingSum", e.rating()).inc("reviewCount", 1));
            }
        } else if (event.is(CommissionCompleted.class)) {
            CommissionCompleted e = event.as(CommissionCompleted.class);
            Update delivery = new Update().inc("deliveries", 1).inc("onTimeDeliveries", e.onTime() ? 1 : 0);
            count(e.supplierMemberId(), event.id(), delivery);
            for (String partner : e.partnerMemberIds()) {
                count(partner, event.id(), new Update().inc("deliveries", 1).inc("onTimeDeliveries", e.onTime() ? 1 : 0));
            }
        }
    }

    private void count(String memberId, String eventId, Update update) {
        if (projections.applyOnce(MarketMember.class, memberId, eventId, update)) {
            reconciler.membersChanged();
        }
    }
}
