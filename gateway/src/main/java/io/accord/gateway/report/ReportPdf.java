package io.accord.gateway.report;

import io.accord.gateway.config.GatewayConfig;
import io.accord.infra.documents.HtmlPdf;
import io.accord.infra.documents.PdfFont;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The report as PDF, made by accord-documents' renderer (the review record's) from the printable page. Nothing of it
 * is loaded at start-up: the gateway starts as fast as before, and the first PDF asked for pays for the font.
 */
@ApplicationScoped
public class ReportPdf {

    private final HtmlPdf pdf;

    public ReportPdf(GatewayConfig config) {
        this.pdf = new HtmlPdf(new PdfFont(config.managementReview().pdfFont(), config.managementReview().pdfFontFace(),
                "accord.gateway.management-review.pdf-font, ACCORD_REVIEW_RECORD_PDF_FONT",
                "accord.gateway.management-review.pdf-font-face, ACCORD_REVIEW_RECORD_PDF_FONT_FACE"));
    }

    /** The page as PDF; a PdfFontUnavailableException without its font. */
    byte[] render(String xhtml) {
        return pdf.render(xhtml);
    }
}
