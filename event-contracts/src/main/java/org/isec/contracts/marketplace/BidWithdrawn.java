package org.isec.contracts.marketplace;

import java.time.Instant;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;

/** The bidder withdrew its bid before the deadline. Subject: the commission. */
@EventType("isec.marketplace.BidWithdrawn")
public record BidWithdrawn(
        String commissionId,
        String bidId,
        String lotId,
        String bidderMemberId,
        String buyerMemberId,
        Instant withdrawnAt) implements IsecEvent {

    @Override
    public String subject() {
        return commissionId;
    }
}
