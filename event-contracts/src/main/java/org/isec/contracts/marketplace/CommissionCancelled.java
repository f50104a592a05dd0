package org.isec.contracts.marketplace;

import java.time.Instant;
import java.util.List;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;

/**
 * The buyer cancelled the commission before award. Subject: the commission.
 *
 * @param bidderMemberIds lead bidders of the live bids, who are told
 */
@EventType("isec.marketplace.CommissionCancelled")
public record CommissionCancelled(
        String commissionId,
        String title,
        String buyerMemberId,
        List<String> bidderMemberIds,
        String reason,
        Instant cancelledAt) implements IsecEvent {

    public CommissionCancelled {
        bidderMemberIds = bidderMemberIds == null ? List.of() : List.copyOf(bidderMemberIds);
    }

    @Override
    public String subject() {
        return commissionId;
    }
}
