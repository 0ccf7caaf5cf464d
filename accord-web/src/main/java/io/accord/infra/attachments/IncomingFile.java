package io.accord.infra.attachments;

import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.i18n.Text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The one file of an upload, still streaming: a raw body (its {@code Content-Type} and the {@code Content-Disposition}
 * filename) or the first file part of a {@code multipart/form-data} body ({@link MultipartFile}). Nothing is
 * buffered beyond a few kilobytes, whatever the file's size.
 *
 * @param filename    as the client named it (not yet sanitised), or null
 * @param contentType as the client declared it (not yet checked)
 */
public record IncomingFile(String filename, String contentType, InputStream content) {

    public static IncomingFile of(String contentType, String contentDisposition, InputStream body) throws IOException {
        if (ContentTypes.essence(contentType).equals("multipart/form-data")) {
            return MultipartFile.firstFile(boundary(contentType), new BufferedInputStream(body));
        }
        return new IncomingFile(ContentDispositions.filename(contentDisposition), contentType, body);
    }

    private static String boundary(String contentType) {
        for (String parameter : contentType.split(";")) {
            String p = parameter.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String value = p.substring("boundary=".length()).trim();
                return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        throw new InvalidFieldException("Content-Type", Text.of("attachment.multipart-boundary"));
    }
}
