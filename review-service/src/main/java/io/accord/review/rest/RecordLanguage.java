package io.accord.review.rest;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/**
 * The language of a record page: the first of the reader's {@code Accept-Language} that the record speaks (Chinese or
 * English), else Chinese, the language of the forms the procedure prescribes.
 */
final class RecordLanguage {

    static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    private RecordLanguage() {
    }

    static Locale of(HttpHeaders headers) {
        for (Locale wanted : headers.getAcceptableLanguages()) {
            if ("zh".equals(wanted.getLanguage())) {
                return CHINESE;
            }
            if ("en".equals(wanted.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return CHINESE;
    }
}
