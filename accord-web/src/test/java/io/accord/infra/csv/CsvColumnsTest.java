package io.accord.infra.csv;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvColumnsTest {

    enum Colour { RED, GREEN }

    record Row(String name, OffsetDateTime at, LocalDate due, Colour colour, List<Colour> colours, BigDecimal amount, String currency) {
    }

    static final CsvColumns<Row> COLUMNS = CsvColumns.<Row>headedBy("test.csv.")
            .text("name", Row::name).time("createdAt", Row::at).date("due", Row::due).label("status", Row::colour)
            .labels("colours", Row::colours).money("amount", Row::amount, "currency", Row::currency);

    @Test
    void cellsAreWrittenOneWayEverywhere() {
        Row row = new Row("x", OffsetDateTime.of(2026, 3, 1, 16, 0, 0, 123_000_000, ZoneOffset.ofHours(8)), LocalDate.of(2026, 4, 2),
                Colour.RED, List.of(Colour.RED, Colour.GREEN), new BigDecimal("1E+3"), "CNY");
        assertEquals(List.of("x", "2026-03-01T08:00:00.123Z", "2026-04-02", "RED", "RED; GREEN", "1000", "CNY"),
                COLUMNS.cells(row, Locale.ENGLISH));
        assertEquals(List.of("", "", "", "", "", "", ""), COLUMNS.cells(new Row(null, null, null, null, null, null, null), Locale.ENGLISH)
                .stream().map(c -> c == null ? "" : c).toList());
    }

    @Test
    void headersComeFromTheListsKeysElseTheSharedOnesInTheReadersLanguage() {
        List<String> english = COLUMNS.headers(Locale.ENGLISH);
        assertEquals("Created at (UTC)", english.get(1));
        assertEquals("创建时间（UTC）", COLUMNS.headers(Locale.SIMPLIFIED_CHINESE).get(1));
        assertEquals("name", english.get(0));
    }
}
