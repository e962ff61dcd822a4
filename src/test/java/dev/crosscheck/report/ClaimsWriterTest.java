package dev.crosscheck.report;

import dev.crosscheck.pipeline.TestPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
