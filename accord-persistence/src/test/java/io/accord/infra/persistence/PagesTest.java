package io.accord.infra.persistence;

import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A page of a query: the requested slice and the total of all matches. */
class PagesTest {

    @Test
    void aPageHoldsTheRequestedSliceAndTheTotalOfAllMatches() {
        List<String> all = List.of("a", "b", "c", "d", "e");
        PageParams params = params(1, 2);

        Page<String> page = Pages.of(queryOver(all), params);

        assertEquals(List.of("c", "d"), page.items());
        assertEquals(1, page.page());
        assertEquals(2, page.size());
        assertEquals(5, page.total());
    }

    @Test
    void aPageBeyondTheEndIsEmptyButStillCountsEverything() {
        Page<String> page = Pages.of(queryOver(List.of("a", "b", "c")), params(5, 2));

        assertEquals(List.of(), page.items());
        assertEquals(3, page.total());
    }

    private static PageParams params(int page, int size) {
        PageParams params = new PageParams();
        params.page = page;
        params.size = size;
        return params;
    }

    /** A fake Panache query over a list: only what {@link Pages#of} calls (page, list, count). */
    @SuppressWarnings("unchecked")
    private static PanacheQuery<String> queryOver(List<String> rows) {
        int[] window = {0, Integer.MAX_VALUE};
        return (PanacheQuery<String>) Proxy.newProxyInstance(PagesTest.class.getClassLoader(), new Class<?>[]{PanacheQuery.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "page" -> {
                        if (args.length != 2 || !(args[0] instanceof Integer)) {
                            throw new UnsupportedOperationException("page(" + List.of(args) + ")");
                        }
                        window[0] = (Integer) args[0];
                        window[1] = (Integer) args[1];
                        yield proxy;
                    }
                    case "list" -> {
                        int from = Math.min(rows.size(), window[0] * window[1]);
                        yield new ArrayList<>(rows.subList(from, Math.min(rows.size(), from + window[1])));
                    }
                    case "count" -> (long) rows.size();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
