package io.accord.infra.attachments;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentTypesTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void takesTheAllowedTypesWhoseFirstBytesFit() {
        assertEquals("application/pdf", ContentTypes.check("Application/PDF", ascii("%PDF-1.7\n")));
        assertEquals("image/png", ContentTypes.check("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}));
        assertEquals("image/jpeg", ContentTypes.check("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals("image/webp", ContentTypes.check("image/webp", ascii("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ")));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ContentTypes.check("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ascii("PK\u0003\u0004rest")));
        assertEquals("text/plain", ContentTypes.check("text/plain; charset=UTF-8", ascii("hello")));
        assertEquals("model/step", ContentTypes.check("model/step", ascii("ISO-10303-21;\n")));
    }

    @Test
    void refusesTypesOutsideTheListNamingThem() {
        for (String type : new String[] {"text/html", "image/svg+xml", "application/javascript",
                "application/x-msdownload", "application/octet-stream"}) {
            AttachmentRefusedException e = assertThrows(AttachmentRefusedException.class, () -> ContentTypes.check(type, ascii("x")));
            assertEquals(415, e.status());
            assertTrue(e.getMessage().contains(type), e.getMessage());
        }
        AttachmentRefusedException none = assertThrows(AttachmentRefusedException.class, () -> ContentTypes.check(null, new byte[0]));
        assertTrue(none.getMessage().contains("(none)"));
    }

    @Test
    void refusesAFileThatIsNotWhatItClaims() {
        AttachmentRefusedException e = assertThrows(AttachmentRefusedException.class,
                () -> ContentTypes.check("application/pdf", ascii("<html><script>")));
        assertEquals(415, e.status());
        assertThrows(AttachmentRefusedException.class, () -> ContentTypes.check("image/png", ascii("GIF89a")));
        assertThrows(AttachmentRefusedException.class, () -> ContentTypes.check("application/pdf", new byte[0]));
    }

    @Test
    void nothingThatABrowserRendersAsAPageIsAllowed() {
        assertFalse(ContentTypes.allowed().stream().anyMatch(t -> t.contains("html") || t.contains("svg")
                || t.endsWith("/xml") || t.contains("javascript")));
    }
}
