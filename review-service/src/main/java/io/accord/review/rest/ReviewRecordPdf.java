package io.accord.review.rest;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jboss.logging.Logger;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The review record as PDF: the record page laid out by openhtmltopdf, with the configured CJK font embedded as a
 * subset, so that the Chinese text reads the same on any machine and in the archive. The font is read from the file
 * system (installed with the image), never fetched at run time.
 */
@ApplicationScoped
public class ReviewRecordPdf {

    /** The family name the page's CSS asks for first; browsers do not know it and fall back to their CJK fonts. */
    static final String FAMILY = "accord-cjk";

    private static final Logger LOG = Logger.getLogger(ReviewRecordPdf.class);

    private final RecordPdfConfig config;

    public ReviewRecordPdf(RecordPdfConfig config) {
        this.config = config;
    }

    /** Says at start-up, not at the first PDF asked for, when the font is missing (JSON and HTML records still work). */
    void checkFont(@Observes StartupEvent started) {
        try (PDDocument probe = new PDDocument(); Face face = face()) {
            PDType0Font.load(probe, face.font(), true);
        } catch (RecordPdfUnavailableException | IOException e) {
            LOG.errorf("PDF review records cannot be made: %s", e.getMessage());
        }
    }

    byte[] render(String xhtml) {
        try (PDDocument document = new PDDocument(); Face face = face()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, face.font(), true)), FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("the review record could not be laid out as PDF", e);
        }
    }

    /** The configured face: a .ttf on its own, or the named face of a .ttc collection. */
    private Face face() throws IOException {
        Path file = config.font();
        if (!Files.isReadable(file)) {
            throw new RecordPdfUnavailableException("the CJK font " + file + " is not installed or not readable "
                    + "(accord.review.record-pdf.font, ACCORD_REVIEW_RECORD_PDF_FONT)");
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            return new Face(font, font);
        }
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        TrueTypeFont font = collection.getFontByName(config.fontFace());
        if (font == null) {
            collection.close();
            throw new RecordPdfUnavailableException("the font collection " + file + " has no face named "
                    + config.fontFace() + " (accord.review.record-pdf.font-face)");
        }
        return new Face(font, collection);
    }

    /** A font and what must be closed once the document that embeds it is written. */
    private record Face(TrueTypeFont font, Closeable source) implements Closeable {
        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
