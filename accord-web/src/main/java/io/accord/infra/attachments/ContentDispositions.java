package io.accord.infra.attachments;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Content-Disposition} both ways: the filename a client sends (RFC 6266: {@code filename*=UTF-8''…} preferred
 * over {@code filename="…"}), and the header a download is served with — always {@code attachment}, never
 * {@code inline}, with the name percent-encoded in UTF-8 so Chinese names arrive intact, and an ASCII fallback.
 */
public final class ContentDispositions {

    private static final Pattern EXTENDED = Pattern.compile("(?i)(?:^|;)\\s*filename\\*\\s*=\\s*([^';]*)'[^']*'([^;\\s]*)");
    private static final Pattern QUOTED = Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TOKEN = Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*([^\";\\s]+)");

    private ContentDispositions() {
    }

    /** The filename the header names, or null when it names none. */
    public static String filename(String header) {
        if (header == null) {
            return null;
        }
        Matcher extended = EXTENDED.matcher(header);
        if (extended.find() && extended.group(1).trim().equalsIgnoreCase("UTF-8")) {
            return URLDecoder.decode(extended.group(2).replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        Matcher quoted = QUOTED.matcher(header);
        if (quoted.find()) {
            // browsers send UTF-8 here for multipart parts; a Latin-1 reading would garble a Chinese name
            return quoted.group(1).replaceAll("\\\\(.)", "$1");
        }
        Matcher token = TOKEN.matcher(header);
        return token.find() ? token.group(1) : null;
    }

    /** {@code attachment; filename="…"; filename*=UTF-8''…} for a stored (sanitised) filename. */
    public static String attachment(String filename) {
        StringBuilder ascii = new StringBuilder();
        filename.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncoded(filename);
    }

    /** RFC 5987's attr-char kept, every other UTF-8 byte as %XX. */
    private static String percentEncoded(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (Character.isLetterOrDigit(c) && c < 0x80 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.write(c);
            } else {
                out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
