package org.isec.training.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a listing, with what a client needs to fetch the next. */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems) {

    public static final int MAX_SIZE = 100;

    public long totalPages() {
        return size == 0 ? 0 : (totalItems + size - 1) / size;
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
