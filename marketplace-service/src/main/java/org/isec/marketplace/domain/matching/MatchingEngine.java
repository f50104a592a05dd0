package org.isec.marketplace.domain.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the suppliers of a {@link SupplierIndex} for a {@link Demand}.
 *
 * <p>Each criterion scores 0..1: category = shared ATECO levels / levels of the asked code; capabilities =
 * required capabilities covered / required (1 when none are required); place = 1 same province, 0.5 same region,
 * 0 elsewhere; languages = asked languages spoken / asked (1 when none asked); reputation and on-time come
 * precomputed from the profile. The total is the weighted mean. A supplier is ranked only if it can trade,
 * is not the buyer, is invited when the demand is by invitation, and is relevant at all: it shares at least a
 * division with the category or covers at least one required capability.
 *
 * <p>Because of that last rule only suppliers on the demand's division list or on one of its capabilities'
 * lists can rank, so the scan visits those (typically a tenth of the index) instead of everyone.
 */
public final class MatchingEngine {

    public List<Match> rank(SupplierIndex index, Demand demand, MatchingWeights weights, int limit) {
        if (limit <= 0 || index.size == 0) {
            return List.of();
        }
        PreparedDemand q = new PreparedDemand(index, demand, weights);
        TopN top = new TopN(limit);
        if (q.candidates != null) {
            for (int i : q.candidates) {
                offer(index, q, i, top);
            }
        } else {
            scanRelevant(index, q, top);
        }
        int[] best = top.drainBestFirst();
        List<Match> matches = new ArrayList<>(best.length);
        for (int position : best) {
            matches.add(Explanations.explain(index, q, position, score(index, q, position)));
        }
        return matches;
    }

    /** Ranks every lot and keeps each supplier once, at its best-fitting lot. */
    public List<Match> rankLots(SupplierIndex index, List<Demand> lots, MatchingWeights weights, int limit) {
        Map<String, Match> best = new HashMap<>();
        for (Demand lot : lots) {
            for (Match m : rank(index, lot, weights, limit)) {
                best.merge(m.memberId(), m, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::memberId))
                .limit(limit)
                .toList();
    }

    private static void scanRelevant(SupplierIndex index, PreparedDemand q, TopN top) {
        long[] seen = new long[(index.size + 63) >>> 6];
        int division = AtecoCode.division(q.code);
        if (division >= 0) {
            visit(index, q, index.byDivision[division], seen, top);
        }
        for (int cap = 0; cap < q.wantedCaps.length; cap++) {
            if (q.wantedCaps[cap]) {
                visit(index, q, index.byCapability[cap], seen, top);
            }
        }
    }

    private static void visit(SupplierIndex index, PreparedDemand q, int[] positions, long[] seen, TopN top) {
        for (int i : positions) {
            long bit = 1L << i;
            if ((seen[i >>> 6] & bit) == 0) {
                seen[i >>> 6] |= bit;
                offer(index, q, i, top);
            }
        }
    }

    private static void offer(SupplierIndex index, PreparedDemand q, int i, TopN top) {
        double s = score(index, q, i);
        if (s >= 0) {
            top.offer(s, i);
        }
    }

    /** The total score, or -1 when the supplier must not be ranked at all. */
    static double score(SupplierIndex x, PreparedDemand q, int i) {
        if (!x.canTrade[i] || i == q.buyer) {
            return -1;
        }
        int common = 0;
        for (int k = x.atecoStart[i], end = x.atecoStart[i + 1]; k < end; k++) {
            common = Math.max(common, AtecoCode.commonDigits(q.code, x.ateco[k]));
        }
        double category = q.categoryFitByCommonDigits[common];
        int covered = 0;
        boolean[] wantedCaps = q.wantedCaps;
        for (int k = x.capStart[i], end = x.capStart[i + 1]; k < end; k++) {
            if (wantedCaps[x.caps[k]]) {
                covered++;
            }
        }
        if (category == 0 && covered == 0) {
            return -1;
        }
        double capabilities = q.required.isEmpty() ? 1 : (double) covered / q.required.size();
        double place = placeScore(x, q, i);
        double languages = languageScore(x, q, i);
        return q.wCategory * category + q.wCapabilities * capabilities + q.wPlace * place
                + q.wLanguages * languages + q.wReputation * x.reputation[i] + q.wOnTime * x.onTime[i];
    }

    static double placeScore(SupplierIndex x, PreparedDemand q, int i) {
        if (q.province != Vocabulary.UNKNOWN && x.province[i] == q.province) {
            return 1;
        }
        return q.region != Vocabulary.UNKNOWN && x.region[i] == q.region ? 0.5 : 0;
    }

    static double languageScore(SupplierIndex x, PreparedDemand q, int i) {
        if (q.wantedLanguages.isEmpty()) {
            return 1;
        }
        int shared = 0;
        boolean[] wanted = q.wantedLangs;
        for (int k = x.langStart[i], end = x.langStart[i + 1]; k < end; k++) {
            if (wanted[x.langs[k]]) {
                shared++;
            }
        }
        return (double) shared / q.wantedLanguages.size();
    }
}
