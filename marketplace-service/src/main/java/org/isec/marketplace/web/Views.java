package org.isec.marketplace.web;

import java.time.Instant;
import java.util.List;
import org.isec.marketplace.domain.Actor;
import org.isec.marketplace.domain.Bid;
import org.isec.marketplace.domain.BidStatus;
import org.isec.marketplace.domain.Budget;
import org.isec.marketplace.domain.Commission;
import org.isec.marketplace.domain.CommissionStatus;
import org.isec.marketplace.domain.Lot;
import org.isec.marketplace.domain.MatchingService;
import org.isec.marketplace.domain.Money;
import org.isec.marketplace.domain.Review;
import org.isec.marketplace.domain.Visibility;
import org.isec.marketplace.domain.matching.CriterionScore;
import org.isec.marketplace.domain.matching.Match;

/** Response bodies, each cut to what the viewer may see. */
final class Views {

    private Views() {
    }

    record LotView(String id, String title, List<String> requiredCapabilities, Budget budget) {
    }

    /** An award with its reason: shown to the buyer, operators and every bidder of the commission. */
    record AwardView(String lotId, String bidId, String winnerMemberId, List<String> partnerMemberIds, Money price,
                     String reason, Instant awardedAt, Boolean onTime, Instant completedAt) {
    }

    record CommissionView(String id, String title, String description, String category, List<String> requiredCapabilities,
                          String region, String province, List<String> languages, Budget budget, Instant bidDeadline,
                          Visibility visibility, List<String> invitedMemberIds, boolean consortiumTender,
                          String buyerMemberId, CommissionStatus status, boolean frozen, List<LotView> lots,
                          List<AwardView> awards, String cancelReason, Instant publishedAt, Instant closedAt,
                          boolean youAreBuyer) {

        static CommissionView of(Commission c, Actor viewer) {
            boolean buyerOrOperator = c.isBuyer(viewer) || viewer.operator();
            List<AwardView> awards = c.seesAwards(viewer) ? c.lots().stream().filter(l -> l.award() != null).map(Views::award).toList() : List.of();
            return new CommissionView(c.id(), c.title(), c.description(), c.category(), c.requiredCapabilities(), c.region(),
                    c.province(), c.languages(), c.budget(), c.bidDeadline(), c.visibility(),
                    buyerOrOperator ? c.invitedMemberIds() : List.of(), c.consortiumTender(), c.buyerMemberId(), c.status(),
                    c.frozen(), c.publicLots().stream().map(l -> new LotView(l.id(), l.title(), l.requiredCapabilities(), l.budget())).toList(),
                    awards, c.cancelReason(), c.publishedAt(), c.closedAt(), c.isBuyer(viewer));
        }
    }

    record CommissionSummary(String id, String title, String category, String region, String province, Budget budget,
                             Instant bidDeadline, CommissionStatus status, boolean consortiumTender, int lots, Instant publishedAt) {

        static CommissionSummary of(Commission c) {
            return new CommissionSummary(c.id(), c.title(), c.category(), c.region(), c.province(), c.budget(),
                    c.bidDeadline(), c.status(), c.consortiumTender(), c.publicLots().size(), c.publishedAt());
        }
    }

    record PartnerView(String memberId, int share, boolean confirmed) {
    }

    record BidView(String id, String commissionId, String lotId, String bidderMemberId, int leadShare, List<PartnerView> partners,
                   Money price, int deliveryDays, String message, BidStatus status, boolean frozen, Instant submittedAt,
                   Instant withdrawnAt) {

        static BidView of(String commissionId, Bid b) {
            return new BidView(b.id(), commissionId, b.lotId(), b.bidderMemberId(), b.leadShare(),
                    b.partners().stream().map(p -> new PartnerView(p.memberId(), p.share(), p.confirmedAt() != null)).toList(),
                    b.price(), b.deliveryDays(), b.message(), b.status(), b.frozen(), b.submittedAt(), b.withdrawnAt());
        }
    }

    record MatchView(int rank, String memberId, String displayName, String lotId, double score, List<CriterionScore> criteria) {

        static List<MatchView> of(List<Match> matches) {
            return java.util.stream.IntStream.range(0, matches.size()).mapToObj(i -> {
                Match m = matches.get(i);
                return new MatchView(i + 1, m.memberId(), m.displayName(), m.lotId(), m.score(), m.criteria());
            }).toList();
        }
    }

    record RecommendationView(CommissionSummary commission, String lotId, double score, List<CriterionScore> criteria) {

        static RecommendationView of(MatchingService.Recommendation r) {
            return new RecommendationView(CommissionSummary.of(r.commission()), r.match().lotId(), r.match().score(), r.match().criteria());
        }
    }

    record ReviewView(String id, String commissionId, String reviewerMemberId, String revieweeMemberId, int rating,
                      String comment, Instant submittedAt) {

        static ReviewView of(String commissionId, Review r) {
            return new ReviewView(r.id(), commissionId, r.reviewerMemberId(), r.revieweeMemberId(), r.rating(), r.comment(), r.submittedAt());
        }
    }

    static AwardView award(Lot l) {
        var a = l.award();
        var done = l.completion();
        return new AwardView(l.id(), a.bidId(), a.winnerMemberId(), a.partnerMemberIds(), a.price(), a.reason(), a.awardedAt(),
                done == null ? null : done.onTime(), done == null ? null : done.completedAt());
    }
}
