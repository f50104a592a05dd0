package org.isec.gateway.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One token bucket per key, in memory: {@code burst} tokens at most, refilled continuously at
 * {@code replenishPerSecond}; a request takes one token or is refused with the wait until the next one.
 * Per gateway instance — with several instances each enforces its own share.
 */
final class TokenBucketRateLimiter {

    record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
    }

    /** Tokens left and when they were counted; replaced atomically per key by {@link ConcurrentMap#compute}. */
    private record Bucket(double tokens, long countedAtNanos, boolean granted) {
    }

    private static final long SWEEP_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final double tokensPerNano;
    private final double replenishPerSecond;
    private final int burst;
    private final int sweepAbove;
    private final LongSupplier nanoClock;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep;

    TokenBucketRateLimiter(double replenishPerSecond, int burst, int sweepAbove, LongSupplier nanoClock) {
        if (!(replenishPerSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("rate limit needs replenish > 0 and burst >= 1, got "
                    + replenishPerSecond + " / " + burst);
        }
        this.replenishPerSecond = replenishPerSecond;
        this.tokensPerNano = replenishPerSecond / TimeUnit.SECONDS.toNanos(1);
        this.burst = burst;
        this.sweepAbove = sweepAbove;
        this.nanoClock = nanoClock;
        this.lastSweep = new AtomicLong(nanoClock.getAsLong());
    }

    Decision tryAcquire(String key) {
        long now = nanoClock.getAsLong();
        Bucket bucket = buckets.compute(key, (k, before) -> take(refill(before, now)));
        sweepIdleBuckets(now);
        if (bucket.granted()) {
            return new Decision(true, (long) Math.floor(bucket.tokens()), 0);
        }
        double missing = 1 - bucket.tokens();
        return new Decision(false, 0, Math.max(1, (long) Math.ceil(missing / replenishPerSecond)));
    }

    int trackedKeys() {
        return buckets.size();
    }

    private Bucket refill(Bucket before, long now) {
        if (before == null) {
            return new Bucket(burst, now, false);
        }
        double tokens = Math.min(burst, before.tokens() + Math.max(0, now - before.countedAtNanos()) * tokensPerNano);
        return new Bucket(tokens, now, false);
    }

    private static Bucket take(Bucket bucket) {
        return bucket.tokens() >= 1
                ? new Bucket(bucket.tokens() - 1, bucket.countedAtNanos(), true)
                : bucket;
    }

    /**
     * A bucket that has refilled completely holds nothing a new bucket would not: forget it, so one-off clients
     * (or spoofed addresses) cannot grow the map without bound. At most once a second, only above the threshold.
     */
    private void sweepIdleBuckets(long now) {
        long last = lastSweep.get();
        if (buckets.size() <= sweepAbove || now - last < SWEEP_INTERVAL_NANOS || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        for (String key : buckets.keySet()) {
            buckets.computeIfPresent(key, (k, bucket) -> refill(bucket, now).tokens() >= burst ? null : bucket);
        }
    }
}
