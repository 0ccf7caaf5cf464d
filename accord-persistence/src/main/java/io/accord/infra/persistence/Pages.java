package io.accord.infra.persistence;

import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Cuts the list envelope of API.md out of a Panache query. */
public final class Pages {

    private Pages() {
    }

    /** One page of a query, with the total count of its matches. */
    public static <E> Page<E> of(PanacheQuery<E> query, PageParams params) {
        return new Page<>(query.page(params.page, params.size).list(), params.page, params.size, query.count());
    }
}
