package org.isec.marketplace.domain;

import java.time.Instant;

/** One party's rating (1–5) of another after completion; at most one per reviewer and reviewee per commission. */
public record Review(String id, String reviewerMemberId, String revieweeMemberId, int rating, String comment,
                     String submittedBy, Instant submittedAt) {
}
