package org.isec.contracts.marketplace;

import java.time.Instant;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;

/**
 * One party of a completed commission rated the other. The comment stays in marketplace. Subject: the commission.
 *
 * @param rating 1–5
 */
@EventType("isec.marketplace.ReviewSubmitted")
public record ReviewSubmitted(
        String commissionId,
        String reviewId,
        String reviewerMemberId,
        String revieweeMemberId,
        int rating,
        Instant submittedAt) implements IsecEvent {

    @Override
    public String subject() {
        return commissionId;
    }
}
