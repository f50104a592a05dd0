package org.isec.marketplace.domain;

/**
 * A joint bid waits for its partners before it counts; only LIVE bids can be awarded. A bid is "active" (blocks
 * a second bid by the same supplier on the same lot) while awaiting partners or live.
 */
public enum BidStatus {
    AWAITING_PARTNERS,
    LIVE,
    WITHDRAWN,
    DECLINED,
    AWARDED,
    NOT_AWARDED;

    boolean active() {
        return this == AWAITING_PARTNERS || this == LIVE;
    }

    /** Bids the buyer sees: those that count or counted. */
    boolean counted() {
        return this == LIVE || this == AWARDED || this == NOT_AWARDED;
    }
}
