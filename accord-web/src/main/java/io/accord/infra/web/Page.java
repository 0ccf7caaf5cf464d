package io.accord.infra.web;

import java.util.List;
import java.util.function.Function;

/**
 * The list envelope of API.md: {@code {items, page, size, total}}. A page of a database query is cut by
 * accord-persistence's {@code Pages}, so this envelope needs no ORM.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
