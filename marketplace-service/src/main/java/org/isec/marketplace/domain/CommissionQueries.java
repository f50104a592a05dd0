package org.isec.marketplace.domain;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.isec.defaults.mongo.LiteralRegex;
import org.isec.defaults.problem.NotFoundException;
import org.isec.marketplace.domain.matching.AtecoCode;
import org.isec.marketplace.domain.matching.Match;
import org.isec.marketplace.domain.matching.Terms;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Reads, each limited to what the actor may see. */
@Service
public class CommissionQueries {

    private final MongoTemplate mongo;
    private final MemberDirectory members;
    private final MatchingService matching;
    private final MarketplaceProperties properties;
    private final Clock clock;

    CommissionQueries(MongoTemplate mongo, MemberDirectory members, MatchingService matching,
                      MarketplaceProperties properties, Clock clock) {
        this.mongo = mongo;
        this.members = members;
        this.matching = matching;
        this.properties = properties;
        this.clock = clock;
    }

    public Commission get(String id, Actor actor) {
        Commission c = mongo.findById(id, Commission.class);
        if (c == null || !c.visibleTo(actor)) {
            throw new NotFoundException("commission", id);
        }
        return c;
    }

    public List<Bid> bids(String id, Actor actor) {
        return get(id, actor).bidsVisibleTo(actor);
    }

    /** Ranked suppliers with the why of each score; for the buyer and operators only. */
    public List<Match> matches(String id, Actor actor, int limit) {
        Commission c = get(id, actor);
        if (!c.isBuyer(actor) && !actor.operator()) {
            throw new org.isec.defaults.problem.ForbiddenException("NOT_THE_BUYER", "Only the buyer and operators see the matches.");
        }
        return matching.suppliersFor(c, limit);
    }

    public PageOf<Commission> list(CommissionFilter filter, Actor actor, int page, int size) {
        List<Criteria> all = new ArrayList<>();
        if (!actor.operator()) {
            all.add(visibleTo(actor.memberId()));
        }
        if (filter.status() != null) {
            all.add(where("status").is(filter.status().name()));
        }
        if (filter.category() != null && !filter.category().isBlank()) {
            all.add(where("categoryDigits").regex("^" + LiteralRegex.of(AtecoCode.digits(filter.category()))));
        }
        if (filter.region() != null && !filter.region().isBlank()) {
            all.add(where("regionKey").is(Terms.term(filter.region())));
        }
        if (filter.capability() != null && !filter.capability().isBlank()) {
            all.add(where("capabilityKeys").is(Terms.term(filter.capability())));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String quoted = LiteralRegex.of(filter.text().strip());
            all.add(new Criteria().orOperator(where("title").regex(quoted, "i"), where("description").regex(quoted, "i")));
        }
        Query query = all.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(all));
        long total = mongo.count(query, Commission.class);
        query.with(Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("_id"))).skip((long) page * size).limit(size);
        List<Commission> items = mongo.find(query, Commission.class);
        return new PageOf<>(items, page, size, total, (int) ((total + size - 1) / size));
    }

    /** Open commissions the member could bid on, ranked by how well they fit it. */
    public List<MatchingService.Recommendation> recommendations(Actor actor) {
        MarketMember me = members.find(actor.memberId())
                .orElseThrow(() -> new org.isec.defaults.problem.ForbiddenException("NOT_A_MEMBER",
                        "Recommendations are for member organisations."));
        Criteria open = new Criteria().andOperator(
                where("status").is(CommissionStatus.OPEN.name()),
                where("frozen").is(false),
                where("bidDeadline").gt(clock.instant()),
                where("buyerMemberId").ne(me.id()),
                new Criteria().orOperator(where("visibility").is(Visibility.MEMBERS.name()), where("invitedMemberIds").is(me.id())));
        List<Commission> candidates = mongo.find(Query.query(open), Commission.class);
        return matching.commissionsFor(me, candidates, properties.recommendations());
    }

    private static Criteria visibleTo(String memberId) {
        if (memberId == null) {
            return where("_id").exists(false);
        }
        return new Criteria().orOperator(
                where("buyerMemberId").is(memberId),
                where("bids.participantIds").is(memberId),
                where("frozen").is(false).and("visibility").is(Visibility.MEMBERS.name()),
                where("frozen").is(false).and("invitedMemberIds").is(memberId));
    }
}
