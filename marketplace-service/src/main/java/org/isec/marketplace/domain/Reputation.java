package org.isec.marketplace.domain;

/**
 * A member's standing as a trading partner.
 *
 * <p>{@code score} is a Bayesian average: the member starts with {@value #PRIOR_WEIGHT} imaginary reviews of
 * {@value #PRIOR_MEAN} stars, and every real review is added to them:
 * {@code score = (PRIOR_WEIGHT * PRIOR_MEAN + sum of ratings) / (PRIOR_WEIGHT + number of reviews)}.
 * One review therefore moves a newcomer's score by at most (5 - 3.5) / 6 = 0.25 up or (3.5 - 1) / 6 ≈ 0.42 down,
 * and the prior's pull fades as real reviews accumulate (it is half the weight after five reviews).
 *
 * <p>On-time delivery is shown as the plain rate; matching uses the same smoothing with a prior of
 * {@value #ON_TIME_PRIOR} over {@value #ON_TIME_WEIGHT} deliveries, so one late delivery does not sink a newcomer.
 */
public record Reputation(String memberId, double score, Double averageRating, int reviewCount, int deliveries,
                         int onTimeDeliveries, Double onTimeRate) {

    public static final double PRIOR_MEAN = 3.5;
    public static final int PRIOR_WEIGHT = 5;
    public static final double ON_TIME_PRIOR = 0.8;
    public static final int ON_TIME_WEIGHT = 3;

    public static Reputation of(String memberId, long ratingSum, int reviewCount, int deliveries, int onTimeDeliveries) {
        double score = (PRIOR_WEIGHT * PRIOR_MEAN + ratingSum) / (PRIOR_WEIGHT + reviewCount);
        Double average = reviewCount == 0 ? null : round((double) ratingSum / reviewCount);
        Double onTime = deliveries == 0 ? null : round((double) onTimeDeliveries / deliveries);
        return new Reputation(memberId, round(score), average, reviewCount, deliveries, onTimeDeliveries, onTime);
    }

    /** The score mapped from 1..5 stars to 0..1, for matching. */
    public double matchingScore() {
        return (score - 1) / 4;
    }

    /** Smoothed on-time rate in 0..1, for matching. */
    public double onTimeScore() {
        return (onTimeDeliveries + ON_TIME_PRIOR * ON_TIME_WEIGHT) / (deliveries + ON_TIME_WEIGHT);
    }

    private static double round(double v) {
        return Math.round(v * 1_000) / 1_000.0;
    }
}
