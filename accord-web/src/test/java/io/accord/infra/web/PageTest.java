package io.accord.infra.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The list envelope {@code {items, page, size, total}} of API.md. */
class PageTest {

    @Test
    void mappingAPageKeepsPagingAndTotal() {
        Page<Integer> page = new Page<>(List.of(1, 2), 3, 2, 9);

        Page<String> mapped = page.map(i -> "#" + i);

        assertEquals(new Page<>(List.of("#1", "#2"), 3, 2, 9), mapped);
    }
}
