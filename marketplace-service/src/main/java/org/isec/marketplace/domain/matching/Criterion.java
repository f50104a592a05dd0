package org.isec.marketplace.domain.matching;

/** What a supplier is scored on; each yields 0..1 before weighting. */
public enum Criterion {
    CATEGORY,
    CAPABILITIES,
    PLACE,
    LANGUAGES,
    REPUTATION,
    ON_TIME
}
