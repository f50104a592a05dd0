package org.isec.marketplace.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a listing, 0-based. */
public record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public <R> PageOf<R> map(Function<T, R> f) {
        return new PageOf<>(items.stream().map(f).toList(), page, size, totalItems, totalPages);
    }
}
