package io.accord.infra.documents;

import java.nio.file.Path;

/**
 * The font a PDF embeds for Chinese text (a subset of the glyphs used). It must be a TrueType font (a {@code .ttf},
 * or a face of a {@code .ttc} collection): PDFBox subsets TrueType outlines only, so the CFF-outline Noto CJK fonts
 * cannot be embedded. {@code file} and {@code face} come from the app's configuration; {@code fileSetting} and
 * {@code faceSetting} name those settings, so that a missing font is reported with what to change.
 */
public record PdfFont(Path file, String face, String fileSetting, String faceSetting) {
}
