package io.accord.infra.persistence;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StoredJsonTest {

    record Document(String name, BigDecimal amount, LocalDate due, OffsetDateTime at, Boolean flag) {
    }

    @Test
    void writesTimesAsTheyWereGivenAndNumbersAsTheyAre() {
        Document doc = new Document("泵 \"A\"", new BigDecimal("10.50"), LocalDate.parse("2031-01-02"),
                OffsetDateTime.parse("2030-03-01T09:15:30.123456+08:00"), null);
        assertEquals("{\"name\":\"泵 \\\"A\\\"\",\"amount\":10.50,\"due\":\"2031-01-02\","
                + "\"at\":\"2030-03-01T09:15:30.123456+08:00\",\"flag\":null}", StoredJson.write(doc));
    }

    @Test
    void readsADocumentWithFieldsAddedByANewerVersion() {
        Document doc = StoredJson.read("{\"name\":\"x\",\"amount\":1,\"due\":null,\"at\":null,\"flag\":true,\"later\":7}",
                Document.class);
        assertEquals(new Document("x", BigDecimal.ONE, null, null, true), doc);
    }
}
