package dev.crosscheck.pipeline;

import dev.crosscheck.cli.CrosscheckCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Inputs that once broke a run, kept beside the checkout in {@code ../shared/regressions/} (CI has
 * it there); skipped where that folder is absent.
 */
class SharedRegressionsTest {

    private static final Path REGRESSIONS = Path.of("..", "shared", "regressions");

    @Test
    void theQuoteSliceCrashArticleIsCheckedWithExitZeroAndAReport(@TempDir Path tmp) {
        Path folder = REGRESSIONS.resolve("quote-slice-crash");
        assumeTrue(Files.isDirectory(folder), folder + " is not beside the checkout");
        Path report = tmp.resolve("report.csv");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = CrosscheckCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(0, cl.execute("check", folder.toString(), "-o", report.toString()), err.toString());
        assertTrue(Files.isRegularFile(report));
        assertEquals("", err.toString());
    }
}
