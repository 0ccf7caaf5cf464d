package io.accord.review.rest;

import io.accord.infra.documents.HtmlPdf;
import io.accord.infra.documents.PdfFont;
import io.accord.infra.documents.PdfFontUnavailableException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;

/**
 * The review record as PDF: the record page laid out by accord-documents' {@link HtmlPdf}, with the configured CJK
 * font embedded as a subset, so that the Chinese text reads the same on any machine and in the archive.
 */
@ApplicationScoped
public class ReviewRecordPdf {

    private static final Logger LOG = Logger.getLogger(ReviewRecordPdf.class);

    private final HtmlPdf pdf;

    public ReviewRecordPdf(RecordPdfConfig config) {
        this.pdf = new HtmlPdf(new PdfFont(config.font(), config.fontFace(),
                "accord.review.record-pdf.font, ACCORD_REVIEW_RECORD_PDF_FONT", "accord.review.record-pdf.font-face"));
    }

    /** Says at start-up, not at the first PDF asked for, when the font is missing (JSON and HTML records still work). */
    void checkFont(@Observes StartupEvent started) {
        try {
            pdf.check();
        } catch (PdfFontUnavailableException | IOException e) {
            LOG.errorf("PDF review records cannot be made: %s", e.getMessage());
        }
    }

    byte[] render(String xhtml) {
        try {
            return pdf.render(xhtml);
        } catch (PdfFontUnavailableException e) {
            throw new RecordPdfUnavailableException(e.getMessage());
        }
    }
}
