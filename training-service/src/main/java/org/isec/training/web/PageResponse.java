package org.isec.training.web;

import java.util.List;

import org.isec.training.domain.ResultPage;

record PageResponse<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    static <T> PageResponse<T> of(ResultPage<T> page) {
        return new PageResponse<>(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
    }
}
