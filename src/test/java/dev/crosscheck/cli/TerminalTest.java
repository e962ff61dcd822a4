package dev.crosscheck.cli;

import dev.crosscheck.pipeline.Checker;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Colour, progress, --quiet, completion and man page. */
class TerminalTest {

    @Test
    void colourOnlyOnATerminalWithNoColorUnset() {
        assertTrue(Terminal.detect(Map.of(), true, true).colour());
        assertFalse(Terminal.detect(Map.of("NO_COLOR", "1"), true, true).colour());
        assertFalse(Terminal.detect(Map.of("NO_COLOR", ""), true, true).colour());
        assertFalse(Terminal.detect(Map.of(), false, true).colour());
        assertFalse(Terminal.detect(Map.of("TERM", "dumb"), true, true).colour());
    }

    @Test
    void progressOnlyOnAnInteractiveStderrOutsideCi() {
        assertTrue(Terminal.detect(Map.of(), false, true).progress());
        assertFalse(Terminal.detect(Map.of("CI", "true"), true, true).progress());
        assertFalse(Terminal.detect(Map.of(), true, false).progress());
    }

    @Test
    void theProgressBarIsDrawnAfterItsDelayAndErased() {
        StringWriter err = new StringWriter();
        Progress quick = new Progress(Checker.Hooks.NONE, new PrintWriter(err, true), 0);
        quick.read(1, 2);
        quick.read(2, 2);
        quick.readAll();
        assertTrue(err.toString().contains("[###############...............] 1/2 articles read"), err.toString());
        assertTrue(err.toString().contains("2/2 articles read"));
        assertTrue(err.toString().contains("checking"));
        quick.done();
        assertTrue(err.toString().endsWith("\r\033[2K"), "erased");
        StringWriter none = new StringWriter();
        Progress slow = new Progress(Checker.Hooks.NONE, new PrintWriter(none, true), Long.MAX_VALUE);
        slow.read(1, 1);
        slow.readAll();
        slow.done();
        assertEquals("", none.toString(), "a short run draws nothing");
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = CrosscheckCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cl.execute(args));
        return out.toString();
    }

    @Test
    void theManPageAndTheCompletionScriptComeFromTheCommandModel() {
        String man = run("generate-man");
        assertTrue(man.startsWith(".TH CROSSCHECK 1 "), man);
        assertTrue(man.contains(".B \\-\\-format \\fIFORMAT[=FILE]\\fR\n"), man);
        assertTrue(man.contains("text (file:line: severity rule: message) or html"), man);
        assertTrue(man.contains(".B crosscheck baseline create\n"), man);
        assertTrue(man.startsWith(".TH CROSSCHECK 1 \"\" \"crosscheck 0."), man);
        assertTrue(man.contains(".SH EXIT STATUS"), man);
        String completion = run("generate-completion");
        assertTrue(completion.contains("--recursive") && completion.contains("--format")
                && completion.contains("--baseline") && completion.contains("create"), completion);
    }
}
