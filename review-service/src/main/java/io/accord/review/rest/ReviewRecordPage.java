package io.accord.review.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.util.Locale;

/**
 * The review record as a self-contained printable page (XHTML, so that the PDF renderer reads the same page). Qute
 * escapes every value the record holds, so a customer's text can never become markup; the words come from
 * {@link RecordMessages} in the reader's language.
 */
final class ReviewRecordPage {

    private ReviewRecordPage() {
    }

    @CheckedTemplate(basePath = "review-record")
    static class Templates {
        static native TemplateInstance page(ReviewRecord record, String lang);
    }

    static String render(ReviewRecord record, Locale locale) {
        return Templates.page(record, locale.toLanguageTag()).setLocale(locale).render();
    }
}
