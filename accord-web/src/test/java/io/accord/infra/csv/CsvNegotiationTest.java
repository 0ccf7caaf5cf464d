package io.accord.infra.csv;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CsvNegotiationTest {

    @Test
    void csvOnlyWhenPreferredToJson() {
        assertEquals("text/csv", CsvNegotiation.accept("text/csv"));
        assertEquals("text/csv", CsvNegotiation.accept("text/csv, application/json;q=0.9"));
        assertEquals("text/csv", CsvNegotiation.accept("text/csv, */*;q=0.1"));
        assertEquals("text/csv", CsvNegotiation.accept("TEXT/CSV; charset=utf-8"));
    }

    @Test
    void jsonStaysTheDefaultWhenAskedForAsMuchOrMore() {
        assertEquals("application/json", CsvNegotiation.accept("application/json, text/csv"));
        assertEquals("application/json", CsvNegotiation.accept("text/csv;q=0.5, application/json"));
        assertEquals("*/*", CsvNegotiation.accept("text/csv;q=0.5, */*"));
        assertEquals("application/json", CsvNegotiation.accept("text/csv;q=0"));
    }

    @Test
    void anAcceptWithoutCsvIsLeftAlone() {
        assertNull(CsvNegotiation.accept(null));
        assertEquals("text/html, */*;q=0.8", CsvNegotiation.accept("text/html, */*;q=0.8"));
    }
}
