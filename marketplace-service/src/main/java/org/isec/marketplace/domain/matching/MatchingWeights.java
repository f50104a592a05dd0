package org.isec.marketplace.domain.matching;

import java.util.EnumMap;
import java.util.Map;

/**
 * Relative importance of each criterion. Only the proportions matter: the total score is the weighted mean,
 * so it stays in 0..1 whatever scale operators use.
 */
public record MatchingWeights(double category, double capabilities, double place, double languages,
                              double reputation, double onTime) {

    public static final MatchingWeights DEFAULT = new MatchingWeights(0.25, 0.30, 0.15, 0.10, 0.12, 0.08);

    public MatchingWeights {
        for (double w : new double[] {category, capabilities, place, languages, reputation, onTime}) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be finite and not negative");
            }
        }
        if (category + capabilities + place + languages + reputation + onTime <= 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
    }

    double total() {
        return category + capabilities + place + languages + reputation + onTime;
    }

    /** Weights scaled to sum to 1, which is what each criterion contributes at most. */
    public Map<Criterion, Double> normalised() {
        double t = total();
        Map<Criterion, Double> m = new EnumMap<>(Criterion.class);
        m.put(Criterion.CATEGORY, category / t);
        m.put(Criterion.CAPABILITIES, capabilities / t);
        m.put(Criterion.PLACE, place / t);
        m.put(Criterion.LANGUAGES, languages / t);
        m.put(Criterion.REPUTATION, reputation / t);
        m.put(Criterion.ON_TIME, onTime / t);
        return m;
    }
}
