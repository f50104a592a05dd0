package org.isec.marketplace.domain;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.isec.defaults.problem.ForbiddenException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The member projection as the rules need it: who may trade, and why not. */
@Component
public class MemberDirectory implements Standings {

    private final MongoTemplate mongo;

    MemberDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<MarketMember> find(String memberId) {
        return memberId == null ? Optional.empty() : Optional.ofNullable(mongo.findById(memberId, MarketMember.class));
    }

    @Override
    public MemberStanding of(String memberId) {
        return find(memberId).map(MarketMember::standing).orElseGet(() -> MemberStanding.unknown(memberId));
    }

    /** Standings of several members in one query. */
    public Map<String, MemberStanding> of(Collection<String> memberIds) {
        Map<String, MemberStanding> found = mongo.find(Query.query(where("_id").in(memberIds)), MarketMember.class).stream()
                .map(MarketMember::standing).collect(Collectors.toMap(MemberStanding::memberId, Function.identity()));
        return memberIds.stream().collect(Collectors.toMap(Function.identity(),
                m -> found.getOrDefault(m, MemberStanding.unknown(m)), (a, b) -> a));
    }

    /**
     * The rule every trading action starts with: the caller's organisation is an approved member with an accepted
     * charter and no suspension; otherwise 403 with the reason, so a suspended member learns why.
     */
    public void requireCanTrade(Actor actor) {
        MemberStanding standing = of(actor.memberId());
        if (!standing.known()) {
            throw new ForbiddenException("NOT_A_MEMBER",
                    "Your organisation is not an approved member of the consortium, so it cannot trade in the marketplace yet.");
        }
        if (!standing.active()) {
            String reason = standing.reasonCode() == null ? "" : " (" + standing.reasonCode() + ")";
            String detail = standing.detail() == null ? "" : ": " + standing.detail();
            throw new ForbiddenException("MEMBER_SUSPENDED", "Your organisation is suspended" + reason + detail
                    + ". Its open commissions and bids are hidden and frozen until it is reinstated.");
        }
    }
}
