package io.accord.infra.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The announced body length a 413 is decided on before any of the body is read. */
class BodyLimitTest {

    @Test
    void anAnnouncedLengthIsReadAsBytes() {
        assertEquals(0, BodyLimit.contentLength("0"));
        assertEquals(1_048_577, BodyLimit.contentLength(" 1048577 "));
        assertEquals(10_000_000_000L, BodyLimit.contentLength("10000000000"), "more than an int holds");
    }

    @Test
    void noOrAnUnreadableLengthMeansTheBodyIsCountedAsItStreams() {
        assertEquals(-1, BodyLimit.contentLength(null));
        assertEquals(-1, BodyLimit.contentLength("lots"));
        assertEquals(-1, BodyLimit.contentLength("99999999999999999999"));
    }
}
