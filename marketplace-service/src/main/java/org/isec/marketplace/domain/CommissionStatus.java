package org.isec.marketplace.domain;

/** OPEN → CLOSED (deadline or early close) → AWARDED → COMPLETED; OPEN/CLOSED → CANCELLED; OPEN → EXPIRED (no bids). */
public enum CommissionStatus {
    OPEN,
    CLOSED,
    AWARDED,
    COMPLETED,
    CANCELLED,
    EXPIRED
}
