package org.isec.gateway.resilience;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Circuit breaker and time limit of every route (named after its service). {@code timeout} bounds a whole call,
 * retries included; {@code timeouts.<service>} overrides it for one service.
 */
@ConfigurationProperties("isec.gateway.resilience")
record ResilienceProperties(
        @DefaultValue("10s") Duration timeout,
        Map<String, Duration> timeouts,
        @DefaultValue("20") int slidingWindowCalls,
        @DefaultValue("10") int minimumCalls,
        @DefaultValue("50") float failureRatePercent,
        @DefaultValue("10s") Duration openFor) {

    ResilienceProperties {
        timeouts = timeouts == null ? Map.of() : Map.copyOf(timeouts);
    }

    Duration timeoutOf(String service) {
        return timeouts.getOrDefault(service, timeout);
    }
}
