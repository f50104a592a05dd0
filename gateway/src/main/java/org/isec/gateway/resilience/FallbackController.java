package org.isec.gateway.resilience;

import java.util.concurrent.TimeoutException;

import io.swagger.v3.oas.annotations.Hidden;
import org.isec.gateway.problem.Problems;
import org.isec.gateway.problem.RequestTooLarge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker forwards when its service fails: refused connection or open circuit → 503,
 * no answer within the time limit → 504, both as problems naming the service.
 */
@Hidden
@RestController
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    private final Problems problems;
    private final ResilienceProperties properties;

    FallbackController(Problems problems, ResilienceProperties properties) {
        this.problems = problems;
        this.properties = properties;
    }

    @RequestMapping("/fallback/{service}")
    Mono<Void> fallback(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (cause instanceof RequestTooLarge tooLarge) {
            return problems.write(exchange, tooLarge.getStatusCode(), "detail.tooLarge", tooLarge.limitBytes());
        }
        if (cause instanceof TimeoutException) {
            log.warn("{} did not answer within {} s (correlation id {})", service,
                    properties.timeoutOf(service).toSeconds(), Problems.correlationId(exchange));
            return problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "detail.timeout", service,
                    properties.timeoutOf(service).toSeconds());
        }
        log.warn("{} unavailable: {} (correlation id {})", service, cause, Problems.correlationId(exchange));
        return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "detail.unavailable", service);
    }
}
