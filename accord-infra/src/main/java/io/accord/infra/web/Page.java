package io.accord.infra.web;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;

/** The list envelope of API.md: {@code {items, page, size, total}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** One page of a query, with the total count of its matches. */
    public static <E> Page<E> of(PanacheQuery<E> query, PageParams params) {
        return new Page<>(query.page(params.page, params.size).list(), params.page, params.size, query.count());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
