package org.isec.marketplace.domain;

import java.time.Instant;
import java.util.List;

/** Who won a lot, at what price, and why: the reason is shown to every bidder of the commission. */
public record LotAward(String bidId, String winnerMemberId, List<String> partnerMemberIds, Money price, String reason,
                       String awardedBy, Instant awardedAt) {
}
