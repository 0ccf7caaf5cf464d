package io.accord.infra.documents;

/** No PDF can be made because its font is missing or unreadable; the message names the file and the setting. */
public class PdfFontUnavailableException extends RuntimeException {

    public PdfFontUnavailableException(String message) {
        super(message);
    }
}
