package io.accord.review.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/**
 * The font the PDF record embeds for Chinese text (a subset of the glyphs used). It must be a TrueType font (a
 * {@code .ttf}, or a face of a {@code .ttc} collection): PDFBox subsets TrueType outlines only, so the CFF-outline Noto
 * CJK fonts cannot be embedded. The default is Debian's {@code fonts-wqy-zenhei}; the container image and CI install it
 * (README, "The review record as PDF").
 */
@ConfigMapping(prefix = "accord.review.record-pdf")
public interface RecordPdfConfig {

    /** The font file ({@code ACCORD_REVIEW_RECORD_PDF_FONT}). */
    @WithDefault("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    Path font();

    /** The face to use when {@link #font()} is a collection: its PostScript name. */
    @WithDefault("WenQuanYiZenHei")
    String fontFace();
}
