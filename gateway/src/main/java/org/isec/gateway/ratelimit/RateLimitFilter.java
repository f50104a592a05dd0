package org.isec.gateway.ratelimit;

import java.net.InetSocketAddress;

import org.isec.gateway.problem.Problems;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Rate limit on every routed request, after authentication: a signed-in caller is counted by token subject
 * (a client-credentials token without one by its client id), anyone else by client address. Runs before the
 * circuit breakers so refused requests never reach a service.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    private final TokenBucketRateLimiter limiter;
    private final Problems problems;

    RateLimitFilter(RateLimitProperties properties, Problems problems) {
        this.limiter = new TokenBucketRateLimiter(properties.replenishPerSecond(), properties.burst(),
                properties.sweepAboveKeys(), System::nanoTime);
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .flatMap(principal -> Mono.justOrEmpty(callerKey(((JwtAuthenticationToken) principal).getToken())))
                .switchIfEmpty(Mono.fromSupplier(() -> addressKey(exchange)))
                .flatMap(key -> {
                    TokenBucketRateLimiter.Decision decision = limiter.tryAcquire(key);
                    if (!decision.allowed()) {
                        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
                                headers -> headers.set(HttpHeaders.RETRY_AFTER,
                                        Long.toString(decision.retryAfterSeconds())),
                                "detail.rateLimited", decision.retryAfterSeconds());
                    }
                    exchange.getResponse().getHeaders().set(REMAINING_HEADER, Long.toString(decision.remaining()));
                    return chain.filter(exchange);
                });
    }

    @Override
    public int getOrder() {
        return -100;
    }

    private static String callerKey(Jwt jwt) {
        if (jwt.getSubject() != null) {
            return "sub:" + jwt.getSubject();
        }
        String client = jwt.getClaimAsString("azp");
        return client == null ? null : "client:" + client;
    }

    // The socket's address: behind a proxy set server.forward-headers-strategy so it is the client's, never a
    // header taken on trust.
    private static String addressKey(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return "ip:" + (remote == null ? "unknown" : remote.getAddress() == null
                ? remote.getHostString() : remote.getAddress().getHostAddress());
    }
}
