package io.accord.infra.attachments;

import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.i18n.Text;

/**
 * A client's filename made safe to store and to send back in {@code Content-Disposition}: only its last path part
 * (a browser may send {@code C:\fakepath\drawing.pdf}), without control or formatting characters (a right-to-left
 * override can disguise {@code exe.pdf}), trimmed, at most {@value #MAX_LENGTH} characters. A name that is nothing
 * after that is refused: every attachment has one.
 */
public final class Filenames {

    public static final int MAX_LENGTH = 255;

    private Filenames() {
    }

    public static String sanitise(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        String clean = kept.toString().strip();
        if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
            throw new InvalidFieldException("filename", Text.of("attachment.filename-required"));
        }
        if (clean.length() > MAX_LENGTH) {
            int end = MAX_LENGTH;
            if (Character.isHighSurrogate(clean.charAt(end - 1))) {
                end--;
            }
            clean = clean.substring(0, end);
        }
        return clean;
    }
}
