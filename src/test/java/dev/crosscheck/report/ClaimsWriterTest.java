package dev.crosscheck.report;

import dev.crosscheck.pipeline.TestPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimsWriterTest {

    @Test
    void quotesAreDumpedWithTheirResolvedSpeakerAndHowItWasFound(@TempDir Path tmp) throws IOException {
        var corpus = TestPipeline.check("Mayor Ivo Rask arrived. “We are ready,” he said.").corpus();
        Path out = tmp.resolve("claims.tsv");
        ClaimsWriter.write(out, corpus);
        String dump = Files.readString(out);
        assertTrue(dump.contains("\tquote\tWe are ready,\tIvo Rask\tpronoun \"he\""), dump);
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralisedLikeTheReports() {
        assertEquals("'=HYPERLINK(\"x\")", ClaimsWriter.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", ClaimsWriter.cell("+1"));
        assertEquals("'@SUM(A1)", ClaimsWriter.cell("@SUM(A1)"));
        assertEquals("'-2 a\u0020b", ClaimsWriter.cell("-2 a\tb"));
        assertEquals("-", ClaimsWriter.cell("-"));
        assertEquals("Ivo Rask", ClaimsWriter.cell("Ivo Rask"));
    }

    @Test
    void aQuoteStartingWithAFormulaIsWrittenNeutralised(@TempDir Path tmp) throws IOException {
        var corpus = TestPipeline.check("Mayor Ivo Rask said: “=1+2 is what we owe.”").corpus();
        Path out = tmp.resolve("claims.tsv");
        ClaimsWriter.write(out, corpus);
        String dump = Files.readString(out);
        assertTrue(dump.contains("\tquote\t'=1+2 is what we owe.\t"), dump);
        assertFalse(dump.contains("\t=1+2"), dump);
    }
}
