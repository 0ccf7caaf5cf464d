package io.accord.infra.attachments;

import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.i18n.Text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A streaming reader of a {@code multipart/form-data} body that hands on its first file part (a part whose
 * {@code Content-Disposition} names a filename) as a stream ending where the part ends; parts before it (form fields)
 * are skipped. Written here rather than taking Quarkus's multipart support, which writes every part to a temporary
 * file first: an attachment goes to the database as it arrives, counted and hashed on the way.
 */
final class MultipartFile {

    /** A part's headers are a few lines; more is no browser's or client's upload. */
    private static final int MAX_HEADER_BYTES = 16 * 1024;

    private MultipartFile() {
    }

    static IncomingFile firstFile(String boundary, InputStream body) throws IOException {
        byte[] dashBoundary = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // the first boundary may open the body (no CRLF before it) or follow a preamble
        skipPast(body, dashBoundary);
        while (true) {
            if (!restOfBoundaryLineIsCrlf(body)) {
                throw malformed();
            }
            String headers = headers(body);
            String disposition = header(headers, "content-disposition");
            String filename = ContentDispositions.filename(disposition);
            if (filename != null) {
                String type = header(headers, "content-type");
                return new IncomingFile(filename, type, new PartStream(body, delimiter));
            }
            skipPast(body, delimiter);
        }
    }

    private static InvalidFieldException malformed() {
        return new InvalidFieldException("file", Text.of("attachment.multipart-without-file"));
    }

    private static void skipPast(InputStream in, byte[] marker) throws IOException {
        int matched = 0;
        while (matched < marker.length) {
            int b = in.read();
            if (b < 0) {
                throw malformed();
            }
            matched = b == (marker[matched] & 0xFF) ? matched + 1 : (b == (marker[0] & 0xFF) ? 1 : 0);
        }
    }

    /** After a boundary: CRLF starts a part, {@code --} ends the body (no file part came). */
    private static boolean restOfBoundaryLineIsCrlf(InputStream in) throws IOException {
        int first = in.read();
        int second = in.read();
        return first == '\r' && second == '\n';
    }

    private static String headers(InputStream in) throws IOException {
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        int state = 0;
        while (state < 4) {
            int b = in.read();
            if (b < 0 || block.size() > MAX_HEADER_BYTES) {
                throw malformed();
            }
            block.write(b);
            state = (b == '\r' && state % 2 == 0) || (b == '\n' && state % 2 == 1) ? state + 1 : (b == '\r' ? 1 : 0);
        }
        return block.toString(StandardCharsets.UTF_8);
    }

    private static String header(String block, String name) {
        for (String line : block.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    /** The part's bytes up to (not including) the CRLF and boundary that end it. Needs mark/reset on the source. */
    private static final class PartStream extends InputStream {

        private final InputStream source;
        private final byte[] delimiter;
        private boolean ended;

        PartStream(InputStream source, byte[] delimiter) {
            this.source = source;
            this.delimiter = delimiter;
        }

        @Override
        public int read() throws IOException {
            if (ended) {
                return -1;
            }
            int b = source.read();
            if (b < 0) {
                throw malformed();
            }
            if (b != (delimiter[0] & 0xFF)) {
                return b;
            }
            source.mark(delimiter.length);
            for (int i = 1; i < delimiter.length; i++) {
                int next = source.read();
                if (next != (delimiter[i] & 0xFF)) {
                    source.reset();
                    return b;
                }
            }
            ended = true;
            return -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            int count = 0;
            while (count < length) {
                int b = read();
                if (b < 0) {
                    return count == 0 ? -1 : count;
                }
                buffer[offset + count++] = (byte) b;
                if (source.available() == 0 && count > 0) {
                    break;
                }
            }
            return count;
        }
    }
}
