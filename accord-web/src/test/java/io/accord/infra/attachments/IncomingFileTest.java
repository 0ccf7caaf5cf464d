package io.accord.infra.attachments;

import io.accord.infra.errors.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IncomingFileTest {

    private static final String BOUNDARY = "----accordBoundary7MA4YWxk";

    @Test
    void aRawBodyIsNamedByItsContentDisposition() throws IOException {
        IncomingFile file = IncomingFile.of("application/pdf", "attachment; filename=\"x.pdf\"; filename*=UTF-8''%E5%90%88%E5%90%8C.pdf",
                new ByteArrayInputStream(new byte[] {1}));
        assertEquals("合同.pdf", file.filename());
        assertEquals("application/pdf", file.contentType());
        assertNull(IncomingFile.of("application/pdf", null, new ByteArrayInputStream(new byte[0])).filename());
        assertEquals("a b.pdf", ContentDispositions.filename("attachment; filename=\"a b.pdf\""));
        assertEquals("plain.pdf", ContentDispositions.filename("inline; filename=plain.pdf"));
    }

    @Test
    void theFirstFilePartOfAMultipartBodyStreamsOutByteForByte() throws IOException {
        byte[] content = new byte[300_000];
        new Random(7).nextBytes(content);
        // bytes that look like the start of a delimiter must come through untouched
        byte[] tricky = ("\r\n--" + BOUNDARY.substring(0, 10)).getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(tricky, 0, content, 1000, tricky.length);
        byte[] body = multipart("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"图纸 A.step\"\r\n"
                + "Content-Type: model/step\r\n\r\n", content, "\r\n--" + BOUNDARY + "--\r\n");

        IncomingFile file = IncomingFile.of("multipart/form-data; boundary=\"" + BOUNDARY + "\"", null, new ByteArrayInputStream(body));

        assertEquals("图纸 A.step", file.filename());
        assertEquals("model/step", file.contentType());
        assertArrayEquals(content, file.content().readAllBytes());
    }

    @Test
    void aMultipartBodyWithoutAFilePartOrBoundaryIsRefused() {
        byte[] body = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("file", assertThrows(InvalidFieldException.class, () -> IncomingFile.of(
                "multipart/form-data; boundary=" + BOUNDARY, null, new ByteArrayInputStream(body))).field());
        assertEquals("Content-Type", assertThrows(InvalidFieldException.class, () -> IncomingFile.of(
                "multipart/form-data", null, new ByteArrayInputStream(body))).field());
    }

    @Test
    void aDownloadIsAlwaysAnAttachmentWithTheNameInUtf8() {
        assertEquals("attachment; filename=\"__ 2026.pdf\"; filename*=UTF-8''%E5%90%88%E5%90%8C%202026.pdf",
                ContentDispositions.attachment("合同 2026.pdf"));
        assertEquals("attachment; filename=\"a_b.pdf\"; filename*=UTF-8''a%22b.pdf", ContentDispositions.attachment("a\"b.pdf"));
    }

    private static byte[] multipart(String head, byte[] content, String tail) {
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + content.length + t.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(content, 0, all, h.length, content.length);
        System.arraycopy(t, 0, all, h.length + content.length, t.length);
        return all;
    }
}
