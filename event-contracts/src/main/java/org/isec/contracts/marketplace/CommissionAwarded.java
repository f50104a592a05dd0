package org.isec.contracts.marketplace;

import java.time.Instant;
import java.util.List;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.Money;

/**
 * The buyer awarded a commission (or one lot of it) to a bid. The reason is shared with every bidder, for
 * transparency. Subject: the commission.
 *
 * @param lotId                 null when the commission has no lots
 * @param winnerMemberId        the winning (lead) bidder
 * @param partnerMemberIds      partners of a winning joint bid; empty otherwise
 * @param losingBidderMemberIds lead bidders of the other live bids on the same commission or lot
 * @param price                 the winning bid's price
 */
@EventType(value = "isec.marketplace.CommissionAwarded", partnerVisible = true)
public record CommissionAwarded(
        String commissionId,
        String lotId,
        String bidId,
        String title,
        String buyerMemberId,
        String winnerMemberId,
        List<String> partnerMemberIds,
        List<String> losingBidderMemberIds,
        Money price,
        String reason,
        Instant awardedAt) implements IsecEvent {

    public CommissionAwarded {
        partnerMemberIds = partnerMemberIds == null ? List.of() : List.copyOf(partnerMemberIds);
        losingBidderMemberIds = losingBidderMemberIds == null ? List.of() : List.copyOf(losingBidderMemberIds);
    }

    @Override
    public String subject() {
        return commissionId;
    }
}
