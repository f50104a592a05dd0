package org.isec.marketplace.domain.matching;

/**
 * One line of the "why": the criterion's own score (0..1), the weight it had (normalised) and what it added
 * to the total, with a short factual explanation.
 */
public record CriterionScore(Criterion criterion, double score, double weight, double contribution, String detail) {
}
