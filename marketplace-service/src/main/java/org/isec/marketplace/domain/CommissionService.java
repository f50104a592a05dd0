package org.isec.marketplace.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.isec.defaults.problem.ForbiddenException;
import org.isec.defaults.problem.NotFoundException;
import org.isec.marketplace.domain.matching.Match;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Every change to a commission: load it, check who may act, let the aggregate apply its rules, save once.
 * A commission the actor may not see is 404; a concurrent change of the same commission is 409.
 */
@Service
public class CommissionService {

    private static final Logger log = LoggerFactory.getLogger(CommissionService.class);

    private final CommissionRepository commissions;
    private final MemberDirectory members;
    private final MatchingService matching;
    private final MarketplaceProperties properties;
    private final Clock clock;

    CommissionService(CommissionRepository commissions, MemberDirectory members, MatchingService matching,
                      MarketplaceProperties properties, Clock clock) {
        this.commissions = commissions;
        this.members = members;
        this.matching = matching;
        this.properties = properties;
        this.clock = clock;
    }

    public Commission publish(NewCommission draft, Actor actor) {
        members.requireCanTrade(actor);
        return publish(draft, actor, false);
    }

    /** A public contract the consortium won, published by an operator with the consortium as buyer. */
    public Commission publishTender(NewCommission draft, Actor operator) {
        if (!operator.operator()) {
            throw new ForbiddenException("OPERATORS_ONLY", "Only consortium operators publish tenders.");
        }
        return publish(draft, operator, true);
    }

    private Commission publish(NewCommission draft, Actor actor, boolean tender) {
        Instant now = clock.instant();
        Commission c = Commission.publish(UUID.randomUUID().toString(), draft, actor, tender, members, now);
        List<Match> best = matching.suppliersFor(c, properties.notifyTop());
        if (!best.isEmpty()) {
            c.suppliersMatched(best, now);
        }
        commissions.save(c);
        log.info("commission {} published by {} {} ({} suppliers matched)", c.id(), tender ? "operator" : "member",
                tender ? actor.userId() : actor.memberId(), best.size());
        return c;
    }

    public Bid submitBid(String commissionId, NewBid draft, Actor actor) {
        members.requireCanTrade(actor);
        Commission c = visible(commissionId, actor);
        Bid bid = c.submitBid(UUID.randomUUID().toString(), draft, actor, members, clock.instant());
        commissions.save(c);
        log.info("bid {} on commission {} by member {} ({})", bid.id(), c.id(), actor.memberId(), bid.status());
        return bid;
    }

    public Bid confirmPartnership(String commissionId, String bidId, Actor actor) {
        members.requireCanTrade(actor);
        Commission c = visible(commissionId, actor);
        Bid bid = c.confirmPartnership(bidId, actor, clock.instant());
        commissions.save(c);
        log.info("member {} confirmed joint bid {} on commission {} ({})", actor.memberId(), bidId, c.id(), bid.status());
        return bid;
    }

    public Bid declinePartnership(String commissionId, String bidId, Actor actor) {
        members.requireCanTrade(actor);
        Commission c = visible(commissionId, actor);
        Bid bid = c.declinePartnership(bidId, actor);
        commissions.save(c);
        log.info("member {} declined joint bid {} on commission {}", actor.memberId(), bidId, c.id());
        return bid;
    }

    public Bid withdrawBid(String commissionId, String bidId, Actor actor) {
        members.requireCanTrade(actor);
        Commission c = visible(commissionId, actor);
        Bid bid = c.withdrawBid(bidId, actor, clock.instant());
        commissions.save(c);
        log.info("bid {} on commission {} withdrawn by member {}", bidId, c.id(), actor.memberId());
        return bid;
    }

    public Commission close(String commissionId, Actor actor) {
        Commission c = asBuyer(commissionId, actor);
        c.closeEarly(actor, clock.instant());
        commissions.save(c);
        log.info("commission {} closed early by its buyer (user {})", c.id(), actor.userId());
        return c;
    }

    public LotAward award(String commissionId, String bidId, String reason, Actor actor) {
        Commission c = asBuyer(commissionId, actor);
        LotAward award = c.award(bidId, reason, actor, members, clock.instant());
        commissions.save(c);
        log.info("commission {} bid {} awarded to member {} by user {}", c.id(), bidId, award.winnerMemberId(), actor.userId());
        return award;
    }

    public Commission complete(String commissionId, String lotId, boolean onTime, Actor actor) {
        Commission c = asBuyer(commissionId, actor);
        c.complete(lotId, onTime, actor, clock.instant());
        commissions.save(c);
        log.info("commission {} delivery confirmed by user {} (on time: {})", c.id(), actor.userId(), onTime);
        return c;
    }

    public Commission cancel(String commissionId, String reason, Actor actor) {
        Commission c = asBuyer(commissionId, actor);
        c.cancel(reason, actor, clock.instant());
        commissions.save(c);
        log.info("commission {} cancelled by user {}", c.id(), actor.userId());
        return c;
    }

    public Review review(String commissionId, String revieweeId, Integer rating, String comment, Actor actor) {
        Commission c = visible(commissionId, actor);
        if (!(c.consortiumTender() && c.isBuyer(actor))) {
            members.requireCanTrade(actor);
        }
        Review review = c.review(UUID.randomUUID().toString(), revieweeId, rating, comment, actor, clock.instant());
        commissions.save(c);
        log.info("review {} on commission {} by {}", review.id(), c.id(), review.reviewerMemberId());
        return review;
    }

    /** Buyer actions: the buyer must be in good standing, except the consortium, whose operators act for it. */
    private Commission asBuyer(String commissionId, Actor actor) {
        Commission c = visible(commissionId, actor);
        if (!c.isBuyer(actor)) {
            throw new ForbiddenException("NOT_THE_BUYER", "Only the buyer of this commission may do this.");
        }
        if (!c.consortiumTender()) {
            members.requireCanTrade(actor);
        }
        return c;
    }

    private Commission visible(String commissionId, Actor actor) {
        return commissions.findById(commissionId).filter(c -> c.visibleTo(actor))
                .orElseThrow(() -> new NotFoundException("commission", commissionId));
    }
}
