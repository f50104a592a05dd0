package org.isec.marketplace.domain.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a ranked position back into words; only run for the few results returned, never in the scan. */
final class Explanations {

    private Explanations() {
    }

    static Match explain(SupplierIndex x, PreparedDemand q, int i, double total) {
        List<CriterionScore> criteria = new ArrayList<>(6);
        criteria.add(category(x, q, i));
        criteria.add(capabilities(x, q, i));
        double place = MatchingEngine.placeScore(x, q, i);
        criteria.add(line(Criterion.PLACE, place, q.wPlace, placeDetail(place)));
        criteria.add(languages(x, q, i));
        criteria.add(line(Criterion.REPUTATION, x.reputation[i], q.wReputation,
                String.format(Locale.ROOT, "reputation score %.2f (Bayesian average of reviews)", x.reputation[i])));
        criteria.add(line(Criterion.ON_TIME, x.onTime[i], q.wOnTime,
                String.format(Locale.ROOT, "on-time delivery score %.2f", x.onTime[i])));
        return new Match(x.ids[i], x.names[i], q.demand.lotId(), round(total), List.copyOf(criteria));
    }

    private static CriterionScore category(SupplierIndex x, PreparedDemand q, int i) {
        int common = 0;
        for (int k = x.atecoStart[i]; k < x.atecoStart[i + 1]; k++) {
            common = Math.max(common, AtecoCode.commonDigits(q.code, x.ateco[k]));
        }
        double score = q.categoryFitByCommonDigits[common];
        String detail = AtecoCode.levels(common) == 0
                ? "no ATECO division in common with " + q.demand.category()
                : "same ATECO " + AtecoCode.levelName(common) + " as " + q.demand.category()
                        + " (" + AtecoCode.levels(common) + " of " + AtecoCode.levels(q.codeDigits) + " levels)";
        return line(Criterion.CATEGORY, score, q.wCategory, detail);
    }

    private static CriterionScore capabilities(SupplierIndex x, PreparedDemand q, int i) {
        if (q.required.isEmpty()) {
            return line(Criterion.CAPABILITIES, 1, q.wCapabilities, "no capability required");
        }
        List<String> covered = new ArrayList<>();
        for (int k = x.capStart[i]; k < x.capStart[i + 1]; k++) {
            if (q.wantedCaps[x.caps[k]]) {
                covered.add(x.capabilities.term(x.caps[k]));
            }
        }
        List<String> missing = q.required.stream().filter(r -> !covered.contains(r)).toList();
        double score = (double) covered.size() / q.required.size();
        String detail = covered.size() + " of " + q.required.size() + " required capabilities"
                + (covered.isEmpty() ? "" : "; covers " + String.join(", ", covered))
                + (missing.isEmpty() ? "" : "; missing " + String.join(", ", missing));
        return line(Criterion.CAPABILITIES, score, q.wCapabilities, detail);
    }

    private static CriterionScore languages(SupplierIndex x, PreparedDemand q, int i) {
        double score = MatchingEngine.languageScore(x, q, i);
        if (q.wantedLanguages.isEmpty()) {
            return line(Criterion.LANGUAGES, score, q.wLanguages, "no language asked");
        }
        List<String> shared = new ArrayList<>();
        for (int k = x.langStart[i]; k < x.langStart[i + 1]; k++) {
            if (q.wantedLangs[x.langs[k]]) {
                shared.add(x.languages.term(x.langs[k]));
            }
        }
        String detail = "speaks " + shared.size() + " of " + q.wantedLanguages.size() + " asked languages"
                + (shared.isEmpty() ? "" : " (" + String.join(", ", shared) + ")");
        return line(Criterion.LANGUAGES, score, q.wLanguages, detail);
    }

    private static String placeDetail(double place) {
        return place == 1 ? "same province" : place > 0 ? "same region, other province" : "outside the region";
    }

    private static CriterionScore line(Criterion c, double score, double weight, String detail) {
        return new CriterionScore(c, round(score), round(weight), round(score * weight), detail);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
