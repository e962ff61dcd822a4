package dev.crosscheck.pipeline;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.crosscheck.report.CsvReportWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Fuzz target: the whole pipeline (load, NLP, extract, resolve, every rule, the CSV report) on one
 * article next to a fixed one. Nothing fails: no article or rule ends up in the failures (the fuzzed
 * article may be skipped as documented: not text, or not in the rules' language). Regression
 * inputs: {@code PipelineFuzzTestInputs/oneArticle/}.
 */
class PipelineFuzzTest {

    private static final String OTHER = "Ivo Rask said \"We will win.\" The meeting lasted three hours on Monday.";
    private static final Checker CHECKER = new Checker(TestPipeline.rules(), TestPipeline.models(), 1);
    private static final Path REPORT;

    static {
        try {
            Path dir = Files.createTempDirectory("crosscheck-fuzz");
            dir.toFile().deleteOnExit();
            REPORT = dir.resolve("report.csv");
            REPORT.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void oneArticle(String text) throws IOException {
        if (text == null) {
            return; // Jazzer's first input
        }
        CheckResult r = CHECKER.checkTexts(List.of("a.txt", "b.txt"), List.of(text, OTHER));
        // the fuzzed article may be skipped as documented (binary, another language, a report crosscheck
        // wrote): that is an outcome, not a failure; nothing may fail, and the fixed article is never skipped
        assertEquals(List.of(), r.failures().stream()
                .filter(f -> !(f.kind() == Failure.Kind.SKIPPED_INPUT && f.name().equals("a.txt")))
                .map(Failure::line).toList());
        CsvReportWriter.write(REPORT, r.findings(), new CsvReportWriter.Options(true));
    }
}
