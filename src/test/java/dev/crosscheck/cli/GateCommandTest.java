package dev.crosscheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --fail-on, --target, --baseline and --format through picocli, on the sample articles. */
class GateCommandTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/seeds.csv");

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CrosscheckCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private String out(String name) {
        return tmp.resolve(name).toString();
    }

    @Test
    void failOnSetsTheLowestSeverityThatFails() throws IOException {
        Run error = run("check", "seeds", "-o", out("e.csv"));
        assertEquals(ExitCode.FINDINGS.code(), error.exit());
        assertTrue(error.out().contains("Gate: 2 findings at or above error (--fail-on error); exit 1"), error.out());
        assertArrayEquals(Files.readAllBytes(GOLDEN), Files.readAllBytes(tmp.resolve("e.csv")),
                "the gate changes no byte of the report");
        assertEquals(ExitCode.OK.code(), run("check", "seeds", "--fail-on", "never", "-o", out("n.csv")).exit());
        assertEquals(ExitCode.FINDINGS.code(), run("check", "seeds", "--fail-on", "INFO", "-o", out("i.csv")).exit());
        Run bad = run("check", "seeds", "--fail-on", "fatal", "-o", out("b.csv"));
        assertEquals(ExitCode.USAGE.code(), bad.exit());
        assertTrue(bad.err().contains("expected error, warning, info or never"), bad.err());
    }

    @Test
    void baselineOfTheErrorsLeavesTheWarningsToFailOnWarning() throws IOException {
        Path baseline = tmp.resolve("b.csv");
        List<String> errors = Files.readAllLines(GOLDEN).stream().filter(l -> l.contains(",error,")).toList();
        StringBuilder sb = new StringBuilder("id,reason\n");
        for (String row : errors) {
            sb.append(row.replace("\uFEFF", "").split(",", 2)[0]).append(",accepted\n");
        }
        Files.writeString(baseline, sb);
        Run r = run("check", "seeds", "--baseline", baseline.toString(), "-o", out("r.csv"));
        assertEquals(ExitCode.OK.code(), r.exit(), r.out());
        assertTrue(r.out().contains("Baseline: 2 findings suppressed"), r.out());
        assertEquals(ExitCode.FINDINGS.code(), run("check", "seeds", "--baseline", baseline.toString(),
                "--fail-on", "warning", "-o", out("r.csv")).exit());
    }

    @Test
    void aFileThatIsNotABaselineIsAUsageError() throws IOException {
        Path notOne = Files.writeString(tmp.resolve("x.csv"), "finding,why\nabc,because\n");
        Run r = run("check", "seeds", "--baseline", notOne.toString(), "-o", out("r.csv"));
        assertEquals(ExitCode.USAGE.code(), r.exit());
        assertTrue(r.err().startsWith("crosscheck: baseline " + notOne + ":1: not a baseline"), r.err());
        Run missing = run("check", "seeds", "--baseline", out("none.csv"), "-o", out("r.csv"));
        assertEquals(ExitCode.USAGE.code(), missing.exit());
        Run overwrite = run("check", "seeds", "--baseline", notOne.toString(), "-o", notOne.toString());
        assertEquals(ExitCode.USAGE.code(), overwrite.exit());
    }

    @Test
    void aTargetKeepsOnlyTheFindingsThatInvolveIt() throws IOException {
        String target = "seeds/003_f6aaa5a7da45efd5.txt";
        Run r = run("check", "seeds", "--target", target, "-o", out("t.csv"));
        List<String> rows = Files.readAllLines(tmp.resolve("t.csv"));
        assertTrue(rows.size() > 1);
        assertTrue(rows.subList(1, rows.size()).stream().allMatch(l -> l.contains(target)), String.join("\n", rows));
        assertTrue(r.out().contains("Targets: 1 article; "), r.out());
        assertEquals(ExitCode.USAGE.code(), run("check", "seeds", "--all-findings", "-o", out("x.csv")).exit());
    }

    @Test
    void csvOnStandardOutputHasNoByteOrderMarkAndTheSummaryGoesToStderr() throws IOException {
        Run r = run("check", "seeds", "-o", "-");
        assertEquals(ExitCode.FINDINGS.code(), r.exit());
        String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8).substring(1);
        assertEquals(golden, r.out());
        assertTrue(r.err().contains("Report: standard output"), r.err());
        assertFalse(Files.exists(Path.of("-")));
    }

    @Test
    void formatsThatWouldShareAnOutputAreRefused() {
        Run two = run("check", "seeds", "--format", "csv", "--format", "json", "-o", out("r"));
        assertEquals(ExitCode.USAGE.code(), two.exit());
        assertTrue(two.err().contains("give one a path"), two.err());
        Run same = run("check", "seeds", "--format", "sarif=" + out("r"), "-o", out("r"));
        assertEquals(ExitCode.USAGE.code(), same.exit());
        Run unknown = run("check", "seeds", "--format", "xml");
        assertEquals(ExitCode.USAGE.code(), unknown.exit());
        assertTrue(unknown.err().contains("expected one of: csv, json, sarif, github, text"), unknown.err());
    }

    @Test
    void textAndJsonGoWhereTheyAreSent() throws IOException {
        Run r = run("check", "seeds", "--format", "text", "--format", "json=" + out("r.json"), "-o", "-");
        assertEquals(ExitCode.FINDINGS.code(), r.exit());
        List<String> lines = r.out().lines().toList();
        assertEquals(15, lines.size(), r.out());
        assertTrue(lines.get(0).matches("seeds/\\S+\\.txt:\\d+: error office-holder-conflict: .+"), lines.get(0));
        String json = Files.readString(tmp.resolve("r.json"));
        assertTrue(json.startsWith("{\n  \"schema\": \"crosscheck-report\",\n  \"schemaVersion\": 1,"), json);
    }

    @Test
    void theHelpSaysWhichExitCodeWins() {
        Run help = run("check", "--help");
        assertTrue(help.out().contains("Wins over 1"), help.out());
        assertTrue(help.out().contains("--fail-on"), help.out());
    }
}
