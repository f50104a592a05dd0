package org.isec.marketplace.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReputationTest {

    @Test
    void aNewcomerStartsAtThePrior() {
        Reputation r = Reputation.of("m", 0, 0, 0, 0);

        assertThat(r.score()).isEqualTo(Reputation.PRIOR_MEAN);
        assertThat(r.averageRating()).isNull();
        assertThat(r.onTimeRate()).isNull();
        assertThat(r.onTimeScore()).isCloseTo(Reputation.ON_TIME_PRIOR, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void oneReviewCannotDominate() {
        assertThat(Reputation.of("m", 1, 1, 0, 0).score()).isEqualTo(3.083);
        assertThat(Reputation.of("m", 5, 1, 0, 0).score()).isEqualTo(3.75);
    }

    @Test
    void manyConsistentReviewsOutweighThePrior() {
        Reputation r = Reputation.of("m", 5 * 45, 45, 0, 0);

        assertThat(r.score()).isEqualTo(4.85);
        assertThat(r.averageRating()).isEqualTo(5.0);
        assertThat(r.reviewCount()).isEqualTo(45);
    }

    @Test
    void onTimeRateIsPlainButMatchingSmoothsIt() {
        Reputation r = Reputation.of("m", 0, 0, 1, 0);

        assertThat(r.onTimeRate()).isZero();
        assertThat(r.onTimeScore()).isCloseTo(0.6, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void matchingScoreMapsStarsToZeroOne() {
        assertThat(Reputation.of("m", 0, 0, 0, 0).matchingScore()).isEqualTo(0.625);
    }
}
