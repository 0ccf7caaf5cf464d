package io.accord.infra.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The list envelope of API.md: {@code {items, page, size, total}} or {@code {items, next}}. */
class PageTest {

    @Test
    void mappingAPageKeepsPagingTotalAndCursor() {
        Page<Integer> page = Page.numbered(List.of(1, 2), 3, 2, 9, true, "c");

        Page<String> mapped = page.map(i -> "#" + i);

        assertEquals(Page.numbered(List.of("#1", "#2"), 3, 2, 9, true, "c"), mapped);
    }

    @Test
    void aContinuedPageHasOnlyItemsAndTheNextCursor() {
        Page<String> page = Page.continued(List.of("a"), null).map(s -> s + "!");

        assertEquals(new Page<>(List.of("a!"), null, null, null, null, null), page);
    }
}
