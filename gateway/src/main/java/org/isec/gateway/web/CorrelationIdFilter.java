package org.isec.gateway.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.isec.gateway.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an {@value #HEADER} before anything else runs, so the services, the gateway's own problems
 * and the client all quote the same id. A client's own id is kept when it is short and log-safe.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter implements WebFilter {

    static final String HEADER = "X-Correlation-Id";

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String offered = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        ServerHttpRequest request = exchange.getRequest().mutate().headers(h -> h.set(HEADER, id)).build();
        ServerWebExchange tagged = exchange.mutate().request(request).build();
        Problems.remember(tagged, id);
        tagged.getResponse().getHeaders().set(HEADER, id);
        // The service echoes the id too; keep one copy on the way back.
        tagged.getResponse().beforeCommit(() -> {
            tagged.getResponse().getHeaders().set(HEADER, id);
            return Mono.empty();
        });
        return chain.filter(tagged);
    }
}
