package org.isec.advisory.domain.funding;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.isec.advisory.domain.funding.EligibilityRules.Verdict;
import org.isec.advisory.domain.funding.FundingOpportunity.Call;
import org.isec.defaults.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The catalogue of funding calls: operators publish, members see what they can apply to and why. */
@Service
public class FundingCatalogue {

    private static final Logger log = LoggerFactory.getLogger(FundingCatalogue.class);

    private final FundingOpportunityRepository opportunities;
    private final MemberRepository members;
    private final FundingMatcher matcher;
    private final Clock clock;

    FundingCatalogue(FundingOpportunityRepository opportunities, MemberRepository members, FundingMatcher matcher,
                     Clock clock) {
        this.opportunities = opportunities;
        this.members = members;
        this.matcher = matcher;
        this.clock = clock;
    }

    /** Saves the call (which announces it) and then matches it against every active member. */
    public FundingOpportunity publish(Call call, String operatorId) {
        Call normalised = call.currency() == null
                ? new Call(call.title(), call.scope(), call.provider(), call.description(), call.eligibility(), "EUR",
                        call.minAmount(), call.maxAmount(), call.deadline(), call.url())
                : call;
        CallValidator.check(normalised, matcher.today());
        var saved = opportunities.save(FundingOpportunity.publish(normalised, operatorId, Instant.now(clock)));
        log.info("funding opportunity {} published by operator {}", saved.id(), operatorId);
        matcher.matchOpportunity(saved);
        return saved;
    }

    public FundingOpportunity get(String id) {
        return opportunities.findById(id).orElseThrow(() -> new NotFoundException("funding opportunity", id));
    }

    public boolean exists(String id) {
        return opportunities.existsById(id);
    }

    /** Calls whose deadline has not passed (Europe/Rome), soonest first. */
    public List<FundingOpportunity> open() {
        return opportunities.findByDeadlineGreaterThanEqualOrderByDeadlineAsc(matcher.today());
    }

    /** Open calls {@code memberId} can apply to, with the reasons; empty for a member advisory does not know yet. */
    public List<Fit> eligibleFor(String memberId) {
        return members.findById(memberId).map(m -> open().stream()
                        .map(o -> new Fit(o, o.eligibility().evaluate(m, matcher.today().getYear())))
                        .filter(fit -> fit.verdict().eligible())
                        .toList())
                .orElse(List.of());
    }

    public record Fit(FundingOpportunity opportunity, Verdict verdict) {
    }
}
