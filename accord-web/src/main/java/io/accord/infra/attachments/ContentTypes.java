package io.accord.infra.attachments;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The content types a record takes as an attachment, and for each what its first bytes must be where a format has a
 * cheap signature: a file that claims to be a PDF but is not is refused (415), never stored under a type that a
 * browser or viewer would trust. Formats without a signature (DXF, IGES, STL, plain text) are taken as declared; they
 * are served as downloads only ({@code nosniff}, {@code sandbox}), so a wrong claim cannot make them render.
 *
 * <p>ZIP is allowed: CAD exports and 8D report packages travel zipped. HTML, SVG, scripts and executables are not:
 * they are what could run in a reader's browser or machine.
 */
public final class ContentTypes {

    /** Enough of a file's head for every signature below. */
    public static final int HEAD_BYTES = 16;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final Predicate<byte[]> ANY = head -> true;

    private static final Map<String, Predicate<byte[]>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("application/pdf", startsWith("%PDF-"));
        ALLOWED.put("image/png", startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}));
        ALLOWED.put("image/jpeg", startsWith(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));
        ALLOWED.put("image/gif", startsWith("GIF87a").or(startsWith("GIF89a")));
        ALLOWED.put("image/webp", startsWith("RIFF").and(at(8, "WEBP")));
        ALLOWED.put("image/tiff", startsWith(new byte[] {'I', 'I', '*', 0}).or(startsWith(new byte[] {'M', 'M', 0, '*'})));
        ALLOWED.put("application/vnd.openxmlformats-officedocument.wordprocessingml.document", startsWith(ZIP));
        ALLOWED.put("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", startsWith(ZIP));
        ALLOWED.put("application/vnd.openxmlformats-officedocument.presentationml.presentation", startsWith(ZIP));
        ALLOWED.put("application/vnd.oasis.opendocument.text", startsWith(ZIP));
        ALLOWED.put("application/vnd.oasis.opendocument.spreadsheet", startsWith(ZIP));
        ALLOWED.put("application/msword", startsWith(OLE));
        ALLOWED.put("application/vnd.ms-excel", startsWith(OLE));
        ALLOWED.put("application/zip", startsWith(ZIP));
        ALLOWED.put("image/vnd.dxf", ANY);
        ALLOWED.put("image/vnd.dwg", startsWith("AC10"));
        ALLOWED.put("model/step", startsWith("ISO-10303-21"));
        ALLOWED.put("model/iges", ANY);
        ALLOWED.put("model/stl", ANY);
        ALLOWED.put("text/plain", ANY);
    }

    private ContentTypes() {
    }

    /** Every type taken, for the 415 answer and the API description. */
    public static List<String> allowed() {
        return List.copyOf(ALLOWED.keySet());
    }

    /** The declared type without parameters, lower case ({@code Text/Plain; charset=UTF-8} → {@code text/plain}). */
    public static String essence(String declared) {
        if (declared == null) {
            return "";
        }
        int semicolon = declared.indexOf(';');
        return (semicolon < 0 ? declared : declared.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The type the file is stored and served under; refuses (415) a type not in the list, and a file whose first
     * bytes ({@code head}, up to {@link #HEAD_BYTES}) contradict the type it claims.
     */
    public static String check(String declared, byte[] head) {
        String type = essence(declared);
        Predicate<byte[]> signature = ALLOWED.get(type);
        if (signature == null) {
            throw AttachmentRefusedException.unsupportedType(type.isEmpty() ? "(none)" : type);
        }
        if (!signature.test(head)) {
            throw AttachmentRefusedException.contentMismatch(type);
        }
        return type;
    }

    private static Predicate<byte[]> startsWith(String ascii) {
        return at(0, ascii);
    }

    private static Predicate<byte[]> at(int offset, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.US_ASCII);
        return head -> head.length >= offset + expected.length
                && Arrays.equals(head, offset, offset + expected.length, expected, 0, expected.length);
    }

    private static Predicate<byte[]> startsWith(byte[] expected) {
        return head -> head.length >= expected.length && Arrays.equals(head, 0, expected.length, expected, 0, expected.length);
    }
}
