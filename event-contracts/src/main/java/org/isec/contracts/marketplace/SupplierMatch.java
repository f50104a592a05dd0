package org.isec.contracts.marketplace;

/**
 * One ranked supplier for a commission.
 *
 * @param rank  1 = best fit
 * @param score overall score in [0, 1]; the per-criterion breakdown is served by marketplace's API
 */
public record SupplierMatch(String memberId, int rank, double score) {
}
