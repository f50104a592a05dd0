package org.isec.contracts.marketplace;

import java.time.Instant;
import java.util.List;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.Money;

/**
 * A bid now counts (for a joint bid: every partner confirmed). Bids are sealed, so this never leaves the
 * platform. Subject: the commission, so bid events stay in order with the commission's award.
 *
 * @param lotId            null when the commission has no lots
 * @param bidderMemberId   the (lead) bidder
 * @param partnerMemberIds partners of a joint bid; empty for a single bidder
 * @param buyerMemberId    null for a consortium tender
 */
@EventType("isec.marketplace.BidSubmitted")
public record BidSubmitted(
        String commissionId,
        String bidId,
        String lotId,
        String bidderMemberId,
        List<String> partnerMemberIds,
        String buyerMemberId,
        Money price,
        int deliveryDays,
        Instant submittedAt) implements IsecEvent {

    public BidSubmitted {
        partnerMemberIds = partnerMemberIds == null ? List.of() : List.copyOf(partnerMemberIds);
    }

    @Override
    public String subject() {
        return commissionId;
    }
}
