package org.isec.marketplace.domain;

/** Listing filters; null means "any". {@code category} matches ATECO prefixes: "56" finds 56.21. */
public record CommissionFilter(CommissionStatus status, String category, String region, String capability, String text) {
}
