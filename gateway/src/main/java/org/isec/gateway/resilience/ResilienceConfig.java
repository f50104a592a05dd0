package org.isec.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.isec.gateway.problem.RequestTooLarge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registries Spring Cloud's circuit breaker factory takes its settings from: the defaults hold for every
 * route's breaker (named after its service), a named time limiter overrides one service. Built here rather than
 * by Resilience4j's Spring Boot module, which exists only for Boot 3 in the version line Spring Cloud 2025.1
 * manages (see the exclusion in pom.xml).
 */
@Configuration
class ResilienceConfig {

    @Bean
    CircuitBreakerRegistry circuitBreakerRegistry(ResilienceProperties properties) {
        return CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(properties.slidingWindowCalls())
                .minimumNumberOfCalls(properties.minimumCalls())
                .failureRateThreshold(properties.failureRatePercent())
                .waitDurationInOpenState(properties.openFor())
                .permittedNumberOfCallsInHalfOpenState(3)
                // The client's fault, not the service's.
                .ignoreExceptions(RequestTooLarge.class)
                .build());
    }

    @Bean
    TimeLimiterRegistry timeLimiterRegistry(ResilienceProperties properties) {
        TimeLimiterRegistry registry = TimeLimiterRegistry.of(timeLimit(properties, "default"));
        properties.timeouts().keySet()
                .forEach(service -> registry.addConfiguration(service, timeLimit(properties, service)));
        return registry;
    }

    private static TimeLimiterConfig timeLimit(ResilienceProperties properties, String service) {
        return TimeLimiterConfig.custom().timeoutDuration(properties.timeoutOf(service)).build();
    }
}
