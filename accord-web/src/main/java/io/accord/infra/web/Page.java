package io.accord.infra.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * The list envelope of API.md. Page mode ({@code ?page=&size=}): {@code {items, page, size, total, totalExact, next}};
 * cursor mode ({@code ?cursor=}): {@code {items, next}}. A page of a database query is cut by accord-persistence's
 * {@code Pages}, so this envelope needs no ORM.
 *
 * @param total      the number of matches, exact up to a bound; beyond it the bound itself and {@code totalExact} false
 *                   (counting a million rows on every page is what made lists slow at scale)
 * @param next       the cursor of the page after this one ({@code ?cursor=next}), null on the last page
 */
public record Page<T>(
        List<T> items,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer page,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer size,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "matches in all, exact when totalExact; otherwise a lower bound (the count stops there)")
        Long total,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "false when there are more matches than total says: the count stopped at its bound")
        Boolean totalExact,
        @Schema(description = "the cursor of the next page (?cursor=…, answered as {items, next}); null on the last page")
        String next) {

    /** Page mode: the page's number and size, and the count of all matches. */
    public static <T> Page<T> numbered(List<T> items, int page, int size, long total, boolean totalExact, String next) {
        return new Page<>(items, page, size, total, totalExact, next);
    }

    /** Cursor mode: the items after a cursor and the cursor after them. */
    public static <T> Page<T> continued(List<T> items, String next) {
        return new Page<>(items, null, null, null, null, next);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total, totalExact, next);
    }
}
