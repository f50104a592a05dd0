package org.isec.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class TokenBucketRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000L);

    @Test
    void allowsABurstThenRefusesWithTheWaitForTheNextToken() {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(0.5, 3, 1000, now::get);

        assertThat(limiter.tryAcquire("a").remaining()).isEqualTo(2);
        assertThat(limiter.tryAcquire("a").remaining()).isEqualTo(1);
        assertThat(limiter.tryAcquire("a").remaining()).isZero();
        TokenBucketRateLimiter.Decision refused = limiter.tryAcquire("a");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(2);
    }

    @Test
    void refillsWithTime() {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(0.5, 1, 1000, now::get);
        limiter.tryAcquire("a");

        advance(1);
        TokenBucketRateLimiter.Decision halfway = limiter.tryAcquire("a");
        advance(1);
        TokenBucketRateLimiter.Decision refilled = limiter.tryAcquire("a");

        assertThat(halfway.allowed()).isFalse();
        assertThat(halfway.retryAfterSeconds()).isEqualTo(1);
        assertThat(refilled.allowed()).isTrue();
    }

    @Test
    void neverHoldsMoreThanTheBurst() {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(10, 2, 1000, now::get);

        advance(3600);

        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
    }

    @Test
    void countsEachKeyApart() {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(0.001, 1, 1000, now::get);

        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
        assertThat(limiter.tryAcquire("b").allowed()).isTrue();
    }

    @Test
    void forgetsBucketsThatHaveRefilledOnceThereAreMany() {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(1, 1, 2, now::get);
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");
        limiter.tryAcquire("c");

        advance(5);
        limiter.tryAcquire("d");

        assertThat(limiter.trackedKeys()).isEqualTo(1);
    }

    @Test
    void forgettingARefilledBucketChangesNoDecision() {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(1, 2, 0, now::get);
        limiter.tryAcquire("a");
        limiter.tryAcquire("a");

        advance(5);
        limiter.tryAcquire("b");

        assertThat(limiter.tryAcquire("a").remaining()).isEqualTo(1);
    }

    @Test
    void refusesAConfigurationThatWouldNeverAllowAnything() {
        assertThatThrownBy(() -> new TokenBucketRateLimiter(0, 5, 1000, now::get))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucketRateLimiter(1, 0, 1000, now::get))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void advance(long seconds) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }
}
