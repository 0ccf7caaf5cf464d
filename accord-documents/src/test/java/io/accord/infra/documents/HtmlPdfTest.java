package io.accord.infra.documents;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The renderer with the font the image and CI install (Debian fonts-wqy-zenhei), and without it. */
class HtmlPdfTest {

    static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    @Test
    void aPageWithChineseTextBecomesAPdfWithTheFontEmbedded() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(WQY), "fonts-wqy-zenhei is not installed");
        byte[] pdf = new HtmlPdf(new PdfFont(WQY, "WenQuanYiZenHei", "font", "face")).render("""
                <html><head><style>body { font-family: accord-cjk; }</style></head><body><p>管理评审 management review</p></body></html>""");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(document).contains("管理评审 management review"));
            PDResources resources = document.getPage(0).getResources();
            List<String> embedded = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                if (resources.getFont(name) instanceof PDType0Font cjk && cjk.isEmbedded()) {
                    embedded.add(cjk.getName());
                }
            }
            assertTrue(embedded.stream().anyMatch(n -> n.endsWith("+WenQuanYiZenHei")), "the CJK face is embedded: " + embedded);
        }
    }

    @Test
    void aMissingFontIsReportedWithItsSetting() {
        HtmlPdf pdf = new HtmlPdf(new PdfFont(Path.of("/nonexistent/font.ttf"), "X", "ACCORD_X_FONT", "ACCORD_X_FACE"));
        PdfFontUnavailableException e = assertThrows(PdfFontUnavailableException.class, () -> pdf.render("<html><body/></html>"));
        assertTrue(e.getMessage().contains("/nonexistent/font.ttf") && e.getMessage().contains("ACCORD_X_FONT"), e.getMessage());
        assertThrows(PdfFontUnavailableException.class, pdf::check);
    }
}
