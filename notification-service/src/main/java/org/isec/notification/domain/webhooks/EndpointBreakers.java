package org.isec.notification.domain.webhooks;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

/**
 * One circuit breaker per subscription endpoint: when a partner's endpoint keeps failing, its deliveries wait
 * instead of spending their retries on it, and other partners are not held up by its timeouts.
 */
final class EndpointBreakers {

    private final CircuitBreakerRegistry registry;
    private final WebhookSettings.Breaker settings;

    EndpointBreakers(WebhookSettings.Breaker settings) {
        this.settings = settings;
        this.registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(settings.minimumCalls())
                .failureRateThreshold(settings.failureRate())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
    }

    CircuitBreaker of(String subscriptionId) {
        return registry.circuitBreaker("webhook-" + subscriptionId);
    }

    java.time.Duration openFor() {
        return settings.openFor();
    }
}
