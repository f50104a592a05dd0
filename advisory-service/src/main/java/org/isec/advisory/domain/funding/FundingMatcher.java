package org.isec.advisory.domain.funding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Pairs members with open calls and records each fit once ({@link FundingMatch}), which announces it. Runs after
 * a publication, after each member event, and on a timer for publications whose matching a crash interrupted.
 */
@Component
class FundingMatcher {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Logger log = LoggerFactory.getLogger(FundingMatcher.class);

    private final FundingOpportunityRepository opportunities;
    private final FundingMatchRepository matches;
    private final MemberRepository members;
    private final MongoTemplate mongo;
    private final Clock clock;

    FundingMatcher(FundingOpportunityRepository opportunities, FundingMatchRepository matches, MemberRepository members,
                   MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.opportunities = opportunities;
        this.matches = matches;
        this.members = members;
        this.clock = clock;
    }

    /** Every active member against one call; then the call is marked as matched. */
    void matchOpportunity(FundingOpportunity o) {
        int found = 0;
        for (Member m : members.findByStatus(Member.MemberStatus.ACTIVE)) {
            found += record(o, m) ? 1 : 0;
        }
        // One field, not a save of the aggregate: a save would rewrite its already relayed outbox.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(o.id())),
                Update.update("matchedAt", Instant.now(clock)), FundingOpportunity.class);
        log.info("funding opportunity {} matched {} new members", o.id(), found);
    }

    /** One member against every open call, after its facts or its standing changed. */
    void matchMember(String memberId) {
        members.findById(memberId).ifPresent(m -> {
            for (FundingOpportunity o : opportunities.findByDeadlineGreaterThanEqualOrderByDeadlineAsc(today())) {
                record(o, m);
            }
        });
    }

    @Scheduled(fixedDelayString = "${isec.advisory.funding.pending-match-interval:PT1M}",
            initialDelayString = "${isec.advisory.funding.pending-match-interval:PT1M}")
    void finishPending() {
        opportunities.findByMatchedAtIsNull().forEach(this::matchOpportunity);
    }

    private boolean record(FundingOpportunity o, Member m) {
        if (!o.openOn(today()) || matches.existsById(o.id() + ":" + m.id())) {
            return false;
        }
        var verdict = o.eligibility().evaluate(m, today().getYear());
        if (!verdict.eligible()) {
            return false;
        }
        try {
            matches.insert(FundingMatch.found(o, m.id(), verdict.reasons(), Instant.now(clock)));
            log.info("member {} matches funding opportunity {}", m.id(), o.id());
            return true;
        } catch (DuplicateKeyException alreadyMatched) {
            return false;
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ROME));
    }
}
