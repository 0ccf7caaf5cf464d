package io.accord.infra.documents;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A printable page as PDF: the same XHTML the browser gets, laid out by openhtmltopdf, with the configured CJK font
 * embedded as a subset so that the Chinese text reads the same on any machine and in the archive. The font is read
 * from the file system (installed with the image), never fetched at run time, and only when a document is made: an
 * app that makes PDFs rarely pays nothing for them at start-up unless it asks for {@link #check()}.
 */
public final class HtmlPdf {

    /** The family name the pages' CSS asks for first; browsers do not know it and fall back to their CJK fonts. */
    public static final String FAMILY = "accord-cjk";

    private final PdfFont font;

    public HtmlPdf(PdfFont font) {
        this.font = font;
    }

    /** Loads the font as a document would; throws what {@link #render} would throw for a missing or unusable font. */
    public void check() throws IOException {
        try (PDDocument probe = new PDDocument(); Face face = face()) {
            PDType0Font.load(probe, face.font(), true);
        }
    }

    /** The page as PDF bytes; {@link PdfFontUnavailableException} when the font cannot be used. */
    public byte[] render(String xhtml) {
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
            throw new IllegalStateException("the page could not be laid out as PDF", e);
        }
    }

    /** The configured face: a .ttf on its own, or the named face of a .ttc collection. */
    private Face face() throws IOException {
        Path file = font.file();
        if (!Files.isReadable(file)) {
            throw new PdfFontUnavailableException("the CJK font " + file + " is not installed or not readable ("
                    + font.fileSetting() + ")");
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            return new Face(ttf, ttf);
        }
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        TrueTypeFont ttf = collection.getFontByName(font.face());
        if (ttf == null) {
            collection.close();
            throw new PdfFontUnavailableException("the font collection " + file + " has no face named " + font.face()
                    + " (" + font.faceSetting() + ")");
        }
        return new Face(ttf, collection);
    }

    /** A font and what must be closed once the document that embeds it is written. */
    private record Face(TrueTypeFont font, Closeable source) implements Closeable {
        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
