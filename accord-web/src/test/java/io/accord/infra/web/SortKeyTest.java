package io.accord.infra.web;

import io.accord.infra.errors.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code sort=field,asc|desc}, several in order, only fields of the list's allow-list (API.md). */
class SortKeyTest {

    private static final List<String> ALLOWED = List.of("receivedAt", "severity", "status");

    @Test
    void severalKeysApplyInTheOrderGiven() {
        assertEquals(List.of(new SortKey("severity", false), new SortKey("receivedAt", true)),
                SortKey.parse(List.of("severity,asc", "receivedAt,desc"), ALLOWED));
    }

    @Test
    void aFieldAloneSortsAscendingAndTheDirectionIgnoresCaseAndSpaces() {
        assertEquals(List.of(new SortKey("status", false), new SortKey("severity", true)),
                SortKey.parse(List.of("status", " severity , DESC "), ALLOWED));
    }

    @Test
    void noOrBlankValuesAskForNoOrder() {
        assertEquals(List.of(), SortKey.parse(null, ALLOWED));
        assertEquals(List.of(), SortKey.parse(Arrays.asList("", " ", null), ALLOWED));
    }

    @Test
    void anUnknownFieldIsRefusedAsSortListingTheAllowedFields() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> SortKey.parse(List.of("status,asc", "password,desc"), ALLOWED));
        assertEquals("sort", e.violations().get(0).field());
        assertEquals("'password' is not a field this list sorts by; allowed: receivedAt, severity, status "
                + "(each as field,asc or field,desc)", e.violations().get(0).message());
    }

    @Test
    void anUnknownDirectionIsRefusedAsSortNamingBothDirections() {
        for (String bad : List.of("status,up", "status,", "status,asc,desc")) {
            InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> SortKey.parse(List.of(bad), ALLOWED), bad);
            assertEquals("sort", e.violations().get(0).field());
            assertTrue(e.violations().get(0).message().contains("status,asc or status,desc"), e.getMessage());
        }
    }

    @Test
    void aFieldGivenTwiceIsRefused() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> SortKey.parse(List.of("status,asc", "status,desc"), ALLOWED));
        assertEquals("sort: 'status' is given twice; sort by each field once", e.getMessage());
    }

    @Test
    void aKeyWritesItselfAsARequestWould() {
        assertEquals("receivedAt,desc", new SortKey("receivedAt", true).toString());
        assertEquals("status,asc", new SortKey("status", false).toString());
    }
}
