package org.isec.contracts.advisory;

import java.time.Instant;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.Money;

/**
 * A member finalised a version of its business plan. Subject: the business plan.
 *
 * @param planVersion     the plan's own version number (1, 2, …), not the event schema version
 * @param totalInvestment sum of the planned investments
 * @param loanAmount      requested loan; null when the plan needs none
 */
@EventType("isec.advisory.BusinessPlanFinalized")
public record BusinessPlanFinalized(
        String businessPlanId,
        String memberId,
        String title,
        int planVersion,
        int startYear,
        int years,
        Money totalInvestment,
        Money loanAmount,
        Instant finalizedAt) implements IsecEvent {

    @Override
    public String subject() {
        return businessPlanId;
    }
}
