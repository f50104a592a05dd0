package org.isec.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Requests per caller: {@code burst} at once, then {@code replenishPerSecond} on average. The dev defaults
 * (20/s, bursts of 40) leave a person clicking around far below the limit and stop a runaway script.
 */
@ConfigurationProperties("isec.gateway.rate-limit")
record RateLimitProperties(@DefaultValue("20") double replenishPerSecond, @DefaultValue("40") int burst,
                           @DefaultValue("100000") int sweepAboveKeys) {
}
