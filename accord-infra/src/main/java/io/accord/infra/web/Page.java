package io.accord.infra.web;

import java.util.List;
import java.util.function.Function;

/** The list envelope of API.md: {@code {items, page, size, total}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
