package io.accord.infra.attachments;

import io.accord.infra.errors.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FilenamesTest {

    @Test
    void keepsOnlyTheLastPathPart() {
        assertEquals("drawing.pdf", Filenames.sanitise("C:\\fakepath\\drawing.pdf"));
        assertEquals("passwd", Filenames.sanitise("../../etc/passwd"));
        assertEquals("合同 2026-11.pdf", Filenames.sanitise("/tmp/合同 2026-11.pdf"));
    }

    @Test
    void dropsControlAndFormattingCharacters() {
        assertEquals("report.pdf", Filenames.sanitise("re\u0000port\r\n.pdf"));
        // a right-to-left override would show "invoice‮fdp.exe" as "invoiceexe.pdf"
        assertEquals("invoicefdp.exe", Filenames.sanitise("invoice\u202Efdp.exe"));
        assertEquals("a.txt", Filenames.sanitise("  a.txt\t "));
    }

    @Test
    void anEmptyOrPathOnlyNameIsRefusedNamingTheField() {
        for (String bad : new String[] {null, "", "   ", "dir/", "..", "\u0007"}) {
            InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> Filenames.sanitise(bad));
            assertEquals("filename", e.field());
        }
    }

    @Test
    void aLongNameIsCutWithoutSplittingACharacter() {
        String name = "𝒜".repeat(200);
        String kept = Filenames.sanitise(name);
        assertEquals(254, kept.length());
        assertEquals(name.substring(0, 254), kept);
    }
}
