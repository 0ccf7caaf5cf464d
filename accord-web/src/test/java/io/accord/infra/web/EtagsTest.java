package io.accord.infra.web;

import io.accord.infra.errors.PreconditionFailedException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optimistic-concurrency contract of every update: ETag = version, a stale If-Match is a 412. */
class EtagsTest {

    @Test
    void theEtagIsTheStrongQuotedVersion() {
        assertEquals("7", Etags.of(7).getValue());
        assertFalse(Etags.of(7).isWeak());
    }

    @Test
    void withoutIfMatchTheLastWriterWins() {
        assertDoesNotThrow(() -> Etags.requireMatch(null, 3));
        assertDoesNotThrow(() -> Etags.requireMatch("", 3));
        assertDoesNotThrow(() -> Etags.requireMatch("  ", 3));
    }

    @Test
    void aStarMatchesAnyVersion() {
        assertDoesNotThrow(() -> Etags.requireMatch("*", 3));
        assertDoesNotThrow(() -> Etags.requireMatch(" * ", 42));
    }

    @Test
    void theCurrentEtagMatchesQuotedAndWeakAndInAList() {
        assertDoesNotThrow(() -> Etags.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> Etags.requireMatch("W/\"3\"", 3));
        assertDoesNotThrow(() -> Etags.requireMatch("\"1\", \"2\" ,\"3\"", 3));
    }

    @Test
    void aStaleEtagIsRefusedAsPreconditionFailedNamingBothTags() {
        PreconditionFailedException e = assertThrows(PreconditionFailedException.class, () -> Etags.requireMatch("\"2\"", 3));
        assertEquals(412, e.status());
        assertTrue(e.getMessage().contains("\"2\""), e.getMessage());
        assertTrue(e.getMessage().contains("\"3\""), e.getMessage());
    }

    @Test
    void anUnquotedVersionOrAPrefixOfTheVersionDoesNotMatch() {
        // clients must echo the ETag they read; a bare number is not an entity tag
        assertThrows(PreconditionFailedException.class, () -> Etags.requireMatch("3", 3));
        assertThrows(PreconditionFailedException.class, () -> Etags.requireMatch("\"1\"", 13));
        assertThrows(PreconditionFailedException.class, () -> Etags.requireMatch("\"13\"", 1));
    }
}
