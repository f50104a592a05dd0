package org.isec.gateway.web;

import java.util.concurrent.atomic.AtomicLong;

import org.isec.gateway.problem.Problems;
import org.isec.gateway.problem.RequestTooLarge;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses bodies above {@code isec.gateway.max-request-size} with 413: at once when Content-Length says so,
 * and while streaming for chunked bodies, which declare no length.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestSizeFilter implements WebFilter {

    private final long limit;
    private final Problems problems;

    RequestSizeFilter(RequestSizeProperties properties, Problems problems) {
        this.limit = properties.maxRequestSize().toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit) {
            return problems.write(exchange, new RequestTooLarge(limit).getStatusCode(), "detail.tooLarge", limit);
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(new Counting(exchange.getRequest(), limit)).build());
    }

    private static final class Counting extends ServerHttpRequestDecorator {

        private final long limit;

        Counting(ServerHttpRequest delegate, long limit) {
            super(delegate);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                    DataBufferUtils.release(buffer);
                    sink.error(new RequestTooLarge(limit));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
