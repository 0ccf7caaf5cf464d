package io.accord.infra.persistence;

import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.web.PageParams;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A list's allow-list and default become the query's order, and its cursors remember the order they were given under. */
class SortingTest {

    enum Severity { CRITICAL, MAJOR, MINOR }

    record Row(UUID id, OffsetDateTime receivedAt, Severity severity, String code) {
    }

    /** As the complaint list always was: newest first, ties by id ascending. */
    private static final Sorting<Row> COMPLAINTS = Sorting.<Row>unique("id", UUID.class, Row::id)
            .field("receivedAt", OffsetDateTime.class, Row::receivedAt)
            .field("severity", Severity.class, Row::severity)
            .field("code", String.class, Row::code)
            .byDefault("receivedAt,desc", "id,asc");

    private static final Row ROW = new Row(UUID.randomUUID(), OffsetDateTime.parse("2026-03-01T08:15:30.123456Z"),
            Severity.MAJOR, "C.1/é");

    @Test
    void withoutASortTheDefaultOrderIsExactlyTheDeclaredOne() {
        assertEquals("receivedAt desc, id asc", COMPLAINTS.order(params(null)).keyset().orderBy());
        assertEquals("receivedAt desc, id asc", COMPLAINTS.order(params(null, "receivedAt,desc")).keyset().orderBy(),
                "asking for the default is the default, indexes included");
    }

    @Test
    void aChosenOrderEndsWithTheIdInTheLastKeysDirection() {
        assertEquals("severity asc, receivedAt desc, id desc",
                COMPLAINTS.order(params(null, "severity,asc", "receivedAt,desc")).keyset().orderBy());
        assertEquals("code asc, id asc", COMPLAINTS.order(params(null, "code")).keyset().orderBy());
    }

    @Test
    void aDefaultWithoutTheUniqueKeyLetsItFollowTheLastKey() {
        Sorting<Row> newestFirst = Sorting.<Row>unique("id", UUID.class, Row::id)
                .field("receivedAt", OffsetDateTime.class, Row::receivedAt).byDefault("receivedAt,desc");
        assertEquals("receivedAt desc, id desc", newestFirst.order(params(null)).keyset().orderBy());
    }

    @Test
    void aCursorCarriesItsSortAndTheLastRowsValuesAnEnumByName() {
        Sorting.Order<Row> order = COMPLAINTS.order(params(null, "severity,desc", "code,asc"));
        String cursor = order.cursorAfter(ROW);

        Sorting.Order<Row> continued = COMPLAINTS.order(params(cursor));

        assertEquals(order.keys(), continued.keys(), "?cursor= alone continues in the cursor's order");
        assertEquals(order.keyset().orderBy(), continued.keyset().orderBy());
        assertEquals(List.of(Severity.MAJOR, "C.1/é", ROW.id()), continued.keyset().values(continued.after()));
        assertEquals(continued.keys(), COMPLAINTS.order(params(cursor, "severity,desc", "code")).keys(),
                "the same sort repeated with the cursor");
    }

    @Test
    void theNextPageStartsAfterTheCursorRowInTheChosenOrder() {
        Sorting.Order<Row> continued = COMPLAINTS.order(params(COMPLAINTS.order(params(null, "severity,asc")).cursorAfter(ROW)));
        Map<String, Object> bound = new HashMap<>();

        String condition = continued.keyset().after(continued.after(), bound);

        assertEquals("severity >= :cursor0 and (severity > :cursor0 or (severity = :cursor0 and id > :cursor1))", condition);
        assertEquals(Map.of("cursor0", Severity.MAJOR, "cursor1", ROW.id()), bound);
    }

    @Test
    void aCursorAskedToContinueAnotherSortIsRefusedNamingItsOwn() {
        String cursor = COMPLAINTS.order(params(null, "severity,desc")).cursorAfter(ROW);

        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> COMPLAINTS.order(params(cursor, "receivedAt,asc")));

        assertEquals("cursor", e.violations().get(0).field());
        assertTrue(e.getMessage().contains("was given for sort severity,desc"), e.getMessage());
    }

    @Test
    void aCursorWhoseSortIsNotOneOfTheListsIsNotOurs() {
        String foreign = Keyset.encode("password,asc") + "." + Keyset.encode(UUID.randomUUID());
        for (String bad : List.of(foreign, "." + Keyset.encode("x"), "no-dot", Keyset.encode("code,sideways") + ".YQ.YQ")) {
            InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> COMPLAINTS.order(params(bad)), bad);
            assertEquals("cursor", e.violations().get(0).field());
            assertEquals("is not a cursor this list gave", e.violations().get(0).message());
        }
    }

    @Test
    void aFirstPageHasNoCursorValues() {
        assertNull(COMPLAINTS.order(params(null, "code")).after());
    }

    @Test
    void aFixedKeysetSortsByItsOwnLeadingKeysAndKeepsItsOrder() {
        Keyset<Row> newestFirst = Keyset.<Row>descending("receivedAt", OffsetDateTime.class, Row::receivedAt)
                .thenAscending("id", UUID.class, Row::id);
        Sorting<Row> fixed = Sorting.of(newestFirst);

        assertEquals(List.of("receivedAt"), fixed.fields());
        assertEquals("receivedAt desc, id asc", fixed.order(params(null)).keyset().orderBy());
        assertEquals("receivedAt asc, id asc", fixed.order(params(null, "receivedAt,asc")).keyset().orderBy());
    }

    @Test
    void aFieldACursorCannotCarryIsRefusedWhereItIsDeclared() {
        assertThrows(IllegalArgumentException.class,
                () -> Sorting.<Row>unique("id", UUID.class, Row::id).field("when", LocalTime.class, r -> null));
    }

    private static PageParams params(String cursor, String... sort) {
        PageParams params = new PageParams();
        params.size = 20;
        params.cursor = cursor;
        params.sort = List.of(sort);
        return params;
    }
}
