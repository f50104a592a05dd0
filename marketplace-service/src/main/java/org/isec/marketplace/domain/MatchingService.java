package org.isec.marketplace.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isec.marketplace.domain.matching.Demand;
import org.isec.marketplace.domain.matching.Match;
import org.isec.marketplace.domain.matching.MatchingEngine;
import org.isec.marketplace.domain.matching.MatchingWeights;
import org.isec.marketplace.domain.matching.SupplierIndex;
import org.springframework.stereotype.Service;

/** Demand meets supply: suppliers for a commission, and commissions for a supplier, with the same scoring. */
@Service
public class MatchingService {

    /** Extra candidates ranked so that members suspended since the last index rebuild can be dropped. */
    private static final int SLACK = 10;

    private final SupplierDirectory suppliers;
    private final MemberDirectory members;
    private final MatchingWeightsStore weights;
    private final MatchingEngine engine = new MatchingEngine();

    MatchingService(SupplierDirectory suppliers, MemberDirectory members, MatchingWeightsStore weights) {
        this.suppliers = suppliers;
        this.members = members;
        this.weights = weights;
    }

    /** The best suppliers for a commission, each at its best-fitting lot; never the buyer, never an ineligible member. */
    public List<Match> suppliersFor(Commission c, int limit) {
        List<Match> ranked = engine.rankLots(suppliers.index(), demands(c), weights.weights(), limit + SLACK);
        if (ranked.isEmpty()) {
            return ranked;
        }
        Map<String, MemberStanding> now = members.of(ranked.stream().map(Match::memberId).toList());
        return ranked.stream().filter(m -> now.get(m.memberId()).canTrade()).limit(limit).toList();
    }

    /** How well each commission fits one supplier, best first; commissions it does not fit at all are left out. */
    public List<Recommendation> commissionsFor(MarketMember supplier, List<Commission> open, int limit) {
        SupplierIndex one = SupplierIndex.of(List.of(SupplierDirectory.profileOf(supplier)));
        MatchingWeights w = weights.weights();
        List<Recommendation> out = new ArrayList<>();
        for (Commission c : open) {
            engine.rankLots(one, demands(c), w, 1).stream().findFirst().ifPresent(m -> out.add(new Recommendation(c, m)));
        }
        out.sort((a, b) -> Double.compare(b.match().score(), a.match().score()));
        return out.subList(0, Math.min(limit, out.size()));
    }

    public record Recommendation(Commission commission, Match match) {
    }

    void membersChanged() {
        suppliers.invalidate();
    }

    private static List<Demand> demands(Commission c) {
        Set<String> invited = c.visibility() == Visibility.INVITED ? Set.copyOf(c.invitedMemberIds()) : null;
        List<Demand> demands = new ArrayList<>();
        for (Lot lot : c.lots()) {
            Set<String> caps = new LinkedHashSet<>(c.requiredCapabilities());
            caps.addAll(lot.requiredCapabilities());
            demands.add(new Demand(c.buyerMemberId(), lot.id(), c.category(), caps, c.region(), c.province(),
                    Set.copyOf(c.languages()), invited));
        }
        return demands;
    }
}
