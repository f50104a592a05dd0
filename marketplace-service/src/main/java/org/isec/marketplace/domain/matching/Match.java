package org.isec.marketplace.domain.matching;

import java.util.List;

/** One ranked supplier with its total (0..1) and the per-criterion breakdown that adds up to it. */
public record Match(String memberId, String displayName, String lotId, double score, List<CriterionScore> criteria) {
}
