package org.isec.membership.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** One page of a list; {@code page} counts from 0. */
record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
        return new PageView<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
