package io.accord.infra.web;

import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void onlyAPostToAnAttachmentsPathIsAnUploadWithTheAttachmentLimit() {
        assertTrue(BodyLimit.isUpload(HttpMethod.POST, "/api/v1/requirements/7/attachments"));
        assertTrue(BodyLimit.isUpload(HttpMethod.POST, "/api/v1/customer-property/7/incidents/1/attachments"));
        assertFalse(BodyLimit.isUpload(HttpMethod.GET, "/api/v1/requirements/7/attachments"));
        assertFalse(BodyLimit.isUpload(HttpMethod.POST, "/api/v1/requirements/7/attachments/9"));
        assertFalse(BodyLimit.isUpload(HttpMethod.POST, "/api/v1/requirements"));
    }
}
