package io.accord.infra.web;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The list envelope {@code {items, page, size, total}} of API.md. */
class PageTest {

    @Test
    void aPageHoldsTheRequestedSliceAndTheTotalOfAllMatches() {
        List<String> all = List.of("a", "b", "c", "d", "e");
        PageParams params = params(1, 2);

        Page<String> page = Page.of(queryOver(all), params);

        assertEquals(List.of("c", "d"), page.items());
        assertEquals(1, page.page());
        assertEquals(2, page.size());
        assertEquals(5, page.total());
    }

    @Test
    void aPageBeyondTheEndIsEmptyButStillCountsEverything() {
        Page<String> page = Page.of(queryOver(List.of("a", "b", "c")), params(5, 2));

        assertEquals(List.of(), page.items());
        assertEquals(3, page.total());
    }

    @Test
    void mappingAPageKeepsPagingAndTotal() {
        Page<Integer> page = new Page<>(List.of(1, 2), 3, 2, 9);

        Page<String> mapped = page.map(i -> "#" + i);

        assertEquals(new Page<>(List.of("#1", "#2"), 3, 2, 9), mapped);
    }

    private static PageParams params(int page, int size) {
        PageParams params = new PageParams();
        params.page = page;
        params.size = size;
        return params;
    }

    /** A fake Panache query over a list: only what {@link Page#of} calls (page, list, count). */
    @SuppressWarnings("unchecked")
    private static PanacheQuery<String> queryOver(List<String> rows) {
        int[] window = {0, Integer.MAX_VALUE};
        return (PanacheQuery<String>) Proxy.newProxyInstance(PageTest.class.getClassLoader(), new Class<?>[]{PanacheQuery.class},
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
