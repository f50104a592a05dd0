package org.isec.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Last word on anything that escapes routing: unknown routes, gateway timeouts, oversized bodies, bugs. Ordered
 * before Boot's error handler so no whitelabel page or plain JSON error ever reaches a client.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final Problems problems;

    ProblemExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        if (ex instanceof RequestTooLarge tooLarge) {
            return problems.write(exchange, tooLarge.getStatusCode(), "detail.tooLarge", tooLarge.limitBytes());
        }
        if (ex instanceof ResponseStatusException rse && rse.getStatusCode().value() == 404) {
            return problems.write(exchange, rse.getStatusCode(), "detail.noRoute",
                    exchange.getRequest().getMethod().name(), exchange.getRequest().getPath().value());
        }
        if (ex instanceof ResponseStatusException rse) {
            return problems.write(exchange, rse.getStatusCode(), headers -> headers.addAll(rse.getHeaders()),
                    "detail.error", rse.getStatusCode().value());
        }
        log.error("unexpected gateway error on {} {} (correlation id {})", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), Problems.correlationId(exchange), ex);
        return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "detail.internal",
                Problems.correlationId(exchange));
    }
}
