package io.accord.infra.persistence;

import io.accord.infra.errors.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A cursor carries the sort keys of the last row a page showed, and a page continues right after them. */
class KeysetTest {

    record Row(OffsetDateTime at, UUID id, String code) {
    }

    private static final Keyset<Row> NEWEST_FIRST = Keyset.<Row>descending("createdAt", OffsetDateTime.class, Row::at)
            .thenDescending("id", UUID.class, Row::id);

    @Test
    void aCursorGivesBackTheValuesOfTheRowItWasMadeFrom() {
        Row row = new Row(OffsetDateTime.parse("2026-03-01T08:15:30.123456Z"), UUID.randomUUID(), "x");

        String cursor = NEWEST_FIRST.cursorAfter(row);

        assertEquals(List.of(row.at(), row.id()), NEWEST_FIRST.values(cursor));
    }

    @Test
    void textWithAnyCharacterSurvivesTheCursor() {
        Keyset<Row> byCode = Keyset.<Row>ascending("code", String.class, Row::code).thenAscending("id", UUID.class, Row::id);
        Row row = new Row(null, UUID.randomUUID(), "A.B/C+D=é\u001f");

        assertEquals(List.of(row.code(), row.id()), byCode.values(byCode.cursorAfter(row)));
    }

    @Test
    void theNextPageStartsAfterTheCursorRowAndBreaksTiesByTheLaterKeys() {
        Row row = new Row(OffsetDateTime.parse("2026-03-01T08:15:30Z"), UUID.randomUUID(), "x");
        Map<String, Object> params = new HashMap<>();

        String condition = NEWEST_FIRST.after(NEWEST_FIRST.cursorAfter(row), params);

        assertEquals("createdAt <= :cursor0 and (createdAt < :cursor0 or (createdAt = :cursor0 and id < :cursor1))", condition);
        assertEquals(Map.of("cursor0", row.at(), "cursor1", row.id()), params);
        assertEquals("createdAt desc, id desc", NEWEST_FIRST.orderBy());
    }

    @Test
    void mixedDirectionsCompareEachKeyItsOwnWay() {
        Keyset<Row> order = Keyset.<Row>descending("receivedAt", OffsetDateTime.class, Row::at).thenAscending("id", UUID.class, Row::id);

        String condition = order.after(order.cursorAfter(new Row(OffsetDateTime.now(), UUID.randomUUID(), "x")), new HashMap<>());

        assertEquals("receivedAt <= :cursor0 and (receivedAt < :cursor0 or (receivedAt = :cursor0 and id > :cursor1))", condition);
    }

    @Test
    void anythingElseIsRefusedAsABadCursorField() {
        for (String bad : List.of("not-base64!", "abc", "YWJj.YWJj", "YWJj.YWJj.YWJj", ".")) {
            InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> NEWEST_FIRST.after(bad, new HashMap<>()), bad);
            assertEquals("cursor", e.violations().get(0).field());
        }
    }
}
