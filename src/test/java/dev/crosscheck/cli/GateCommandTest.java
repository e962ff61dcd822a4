package dev.crosscheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private String out(String name) {
        return tmp.resolve(name).toString();
    }

    @Test
    void failOnSetsTheLowestSeverityThatFails() throws IOException {
        CliRun error = run("check", "seeds", "-o", out("e.csv"));
        assertEquals(ExitCode.FINDINGS.code(), error.exit());
        assertTrue(error.out().contains("Gate: 2 findings at or above error (--fail-on error); exit 1"), error.out());
        assertArrayEquals(Files.readAllBytes(GOLDEN), Files.readAllBytes(tmp.resolve("e.csv")),
                "the gate changes no byte of the report");
        assertEquals(ExitCode.OK.code(), run("check", "seeds", "--fail-on", "never", "-o", out("n.csv")).exit());
        assertEquals(ExitCode.FINDINGS.code(), run("check", "seeds", "--fail-on", "INFO", "-o", out("i.csv")).exit());
        CliRun bad = run("check", "seeds", "--fail-on", "fatal", "-o", out("b.csv"));
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
        CliRun r = run("check", "seeds", "--baseline", baseline.toString(), "-o", out("r.csv"));
        assertEquals(ExitCode.OK.code(), r.exit(), r.out());
        assertTrue(r.out().contains("Baseline: 2 findings suppressed"), r.out());
        assertEquals(ExitCode.FINDINGS.code(), run("check", "seeds", "--baseline", baseline.toString(),
                "--fail-on", "warning", "-o", out("r.csv")).exit());
    }

    @Test
    void aFileThatIsNotABaselineIsAUsageError() throws IOException {
        Path notOne = Files.writeString(tmp.resolve("x.csv"), "finding,why\nabc,because\n");
        CliRun r = run("check", "seeds", "--baseline", notOne.toString(), "-o", out("r.csv"));
        assertEquals(ExitCode.USAGE.code(), r.exit());
        assertTrue(r.err().startsWith("crosscheck: baseline " + notOne + ":1: not a baseline"), r.err());
        CliRun missing = run("check", "seeds", "--baseline", out("none.csv"), "-o", out("r.csv"));
        assertEquals(ExitCode.USAGE.code(), missing.exit());
        CliRun overwrite = run("check", "seeds", "--baseline", notOne.toString(), "-o", notOne.toString());
        assertEquals(ExitCode.USAGE.code(), overwrite.exit());
    }

    @Test
    void aTargetKeepsOnlyTheFindingsThatInvolveIt() throws IOException {
        String target = "seeds/003_f6aaa5a7da45efd5.txt";
        CliRun r = run("check", "seeds", "--target", target, "-o", out("t.csv"));
        List<String> rows = Files.readAllLines(tmp.resolve("t.csv"));
        assertTrue(rows.size() > 1);
        assertTrue(rows.subList(1, rows.size()).stream().allMatch(l -> l.contains(target)), String.join("\n", rows));
        assertTrue(r.out().contains("Targets: 1 article; "), r.out());
        assertEquals(ExitCode.USAGE.code(), run("check", "seeds", "--all-findings", "-o", out("x.csv")).exit());
    }

    @Test
    void csvOnStandardOutputHasNoByteOrderMarkAndTheSummaryGoesToStderr() throws IOException {
        CliRun r = run("check", "seeds", "-o", "-");
        assertEquals(ExitCode.FINDINGS.code(), r.exit());
        String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8).substring(1);
        assertEquals(golden, r.out());
        assertTrue(r.err().contains("Report: standard output"), r.err());
        assertFalse(Files.exists(Path.of("-")));
    }

    @Test
    void formatsThatWouldShareAnOutputAreRefused() {
        CliRun two = run("check", "seeds", "--format", "csv", "--format", "json", "-o", out("r"));
        assertEquals(ExitCode.USAGE.code(), two.exit());
        assertTrue(two.err().contains("give one a path"), two.err());
        CliRun same = run("check", "seeds", "--format", "sarif=" + out("r"), "-o", out("r"));
        assertEquals(ExitCode.USAGE.code(), same.exit());
        CliRun unknown = run("check", "seeds", "--format", "xml");
        assertEquals(ExitCode.USAGE.code(), unknown.exit());
        assertTrue(unknown.err().contains("expected one of: csv, json, sarif, github, text"), unknown.err());
    }

    @Test
    void textAndJsonGoWhereTheyAreSent() throws IOException {
        CliRun r = run("check", "seeds", "--format", "text", "--format", "json=" + out("r.json"), "-o", "-");
        assertEquals(ExitCode.FINDINGS.code(), r.exit());
        List<String> lines = r.out().lines().toList();
        assertEquals(15, lines.size(), r.out());
        assertTrue(lines.get(0).matches("seeds/\\S+\\.txt:\\d+: error office-holder-conflict: .+"), lines.get(0));
        String json = Files.readString(tmp.resolve("r.json"));
        assertTrue(json.startsWith("{\n  \"schema\": \"crosscheck-report\",\n  \"schemaVersion\": 1,"), json);
    }

    @Test
    void theHtmlReportIsOneMoreFormatAndShowsWhatTheGateReports() throws IOException {
        String target = "seeds/004_a10c0e653921a51f.txt";
        CliRun r = run("check", "seeds", "--target", target, "--format", "html=" + out("r.html"),
                "--format", "json=" + out("r.json"), "-o", out("r.csv"));
        assertEquals(ExitCode.FINDINGS.code(), r.exit(), r.err());
        String html = Files.readString(tmp.resolve("r.html"), StandardCharsets.UTF_8);
        List<String> csv = Files.readAllLines(tmp.resolve("r.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.size() > 1 && csv.size() < 16, "only the target's findings: " + csv);
        for (String row : csv.subList(1, csv.size())) {
            String id = row.substring(0, row.indexOf(','));
            assertTrue(html.contains("id=\"f-" + id + "\""), id);
        }
        assertEquals(csv.size() - 1, html.split("<article class=\"finding ", -1).length - 1,
                "the page shows the findings the CSV reports");
        assertTrue(r.out().contains("(html)") && r.out().contains("(json)"), r.out());
        CliRun unknown = run("check", "seeds", "--format", "pdf");
        assertTrue(unknown.err().contains("csv, json, sarif, github, text, html"), unknown.err());
    }

    @Test
    void recursiveMarkdownAndHtmlInputsServeTargetsAndBaselines() throws IOException {
        Path set = Files.createDirectories(tmp.resolve("set/sub"));
        for (String n : List.of("000_a75fd93440a89817", "001_629cbed1cab3168f", "002_d8c7d2a27543ca2a")) {
            Files.copy(Path.of("src/test/resources/inputs/seeds-md", n + ".md"), tmp.resolve("set").resolve(n + ".md"));
        }
        for (String n : List.of("003_f6aaa5a7da45efd5", "004_a10c0e653921a51f")) {
            Files.copy(Path.of("src/test/resources/inputs/seeds-html", n + ".html"), set.resolve(n + ".html"));
        }
        Path baseline = tmp.resolve("baseline.csv");
        CliRun create = run("baseline", "create", "-r", tmp.resolve("set").toString(), "-o", baseline.toString());
        assertEquals(ExitCode.OK.code(), create.exit(), create.err());
        assertTrue(create.out().contains("Read 5 articles, 15 findings accepted."), create.out());
        CliRun gated = run("check", "-r", tmp.resolve("set").toString(), "--baseline", baseline.toString(),
                "-o", out("g.csv"));
        assertEquals(ExitCode.OK.code(), gated.exit(), gated.err());
        assertTrue(gated.out().contains("Baseline: 15 findings suppressed"), gated.out());
        CliRun target = run("check", tmp.resolve("set/000_a75fd93440a89817.md").toString(), "-r", "--target",
                set.toString(), "-o", out("t.csv"));
        assertTrue(target.out().contains("Targets: 2 articles"), target.out());
    }

    @Test
    void theHelpSaysWhichExitCodeWins() {
        CliRun help = run("check", "--help");
        assertTrue(help.out().contains("Wins over 1"), help.out());
        assertTrue(help.out().contains("--fail-on"), help.out());
    }
}
