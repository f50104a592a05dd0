package org.isec.advisory.domain.funding;

import java.time.Instant;
import java.util.List;

import org.isec.contracts.advisory.FundingMatchFound;
import org.isec.defaults.outbox.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That one member fits one call. The id is {@code <opportunity>:<member>}, so however often matching runs (after
 * publication, on every member event, after a crash) the first insert wins and the event is raised once.
 */
@Document("funding_matches")
class FundingMatch extends AggregateRoot {

    @Id
    private String id;
    private String opportunityId;
    private String memberId;
    private List<String> reasons;
    private Instant matchedAt;

    protected FundingMatch() {
    }

    static FundingMatch found(FundingOpportunity o, String memberId, List<String> reasons, Instant at) {
        var m = new FundingMatch();
        m.id = o.id() + ":" + memberId;
        m.opportunityId = o.id();
        m.memberId = memberId;
        m.reasons = List.copyOf(reasons);
        m.matchedAt = at;
        m.raise(new FundingMatchFound(o.id(), memberId, o.title(), o.deadline(), m.reasons, at));
        return m;
    }
}
