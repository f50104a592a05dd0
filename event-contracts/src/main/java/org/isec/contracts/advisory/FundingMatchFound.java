package org.isec.contracts.advisory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;

/**
 * A member is eligible for a funding call. Subject: the opportunity, so matches follow its publication in order.
 *
 * @param reasons why it fits, as codes with their value, e.g. {@code REGION:Lombardia}, {@code ATECO:56.10}
 */
@EventType("isec.advisory.FundingMatchFound")
public record FundingMatchFound(
        String opportunityId,
        String memberId,
        String title,
        LocalDate deadline,
        List<String> reasons,
        Instant matchedAt) implements IsecEvent {

    public FundingMatchFound {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    @Override
    public String subject() {
        return opportunityId;
    }
}
