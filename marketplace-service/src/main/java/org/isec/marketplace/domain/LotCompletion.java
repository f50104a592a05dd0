package org.isec.marketplace.domain;

import java.time.Instant;

/** The buyer's statement that the awarded work was delivered, and whether on time. */
public record LotCompletion(boolean onTime, String completedBy, Instant completedAt) {
}
