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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line through picocli, with captured output. */
class CheckCommandTest {

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

    private Path article(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void checkingTheSeedsWritesTheReportAndASummary() {
        Path report = tmp.resolve("out/seeds.csv");
        Run r = run("check", "seeds", "-o", report.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(report));
        assertTrue(r.out().contains("Read 5 articles"), r.out());
        assertTrue(r.out().contains("Report: " + report), r.out());
        assertEquals("", r.err());
    }

    @Test
    void aMissingPathIsAUsageErrorNamingThePath() {
        Run r = run("check", tmp.resolve("nope").toString(), "-o", tmp.resolve("r.csv").toString());
        assertEquals(2, r.exit());
        assertEquals("crosscheck: " + tmp.resolve("nope") + ": no such file or folder", r.err().strip());
        assertFalse(Files.exists(tmp.resolve("r.csv")));
    }

    @Test
    void anEmptyFolderIsAnError() throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Run r = run("check", empty.toString(), "-o", tmp.resolve("r.csv").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(empty + ": folder has no .txt files"), r.err());
    }

    @Test
    void aNonUtf8FileIsAnErrorNamingTheFileAndNoStackTrace() throws IOException {
        Path bad = tmp.resolve("latin1.txt");
        Files.write(bad, "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        Run r = run("check", bad.toString(), "-o", tmp.resolve("r.csv").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("crosscheck: " + bad + ": not valid UTF-8"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void aBrokenRuleFileIsReportedWithFileAndLine() throws IOException {
        Path rules = tmp.resolve("rules");
        copyTree(Path.of("rules"), rules);
        Files.writeString(rules.resolve("event-date-conflict.yaml"),
                "id: event-date-conflict\nkind: date-conflict\ncategory: date\nseverity: fatal\nmessage: x\n");
        Run r = run("check", "--rules", rules.toString(), "seeds", "-o", tmp.resolve("r.csv").toString());
        assertEquals(2, r.exit());
        assertEquals("crosscheck: " + rules + "/event-date-conflict.yaml:4: unknown severity 'fatal' "
                + "(expected one of: error, warning, info)", r.err().strip());
    }

    @Test
    void aFailedRunLeavesThePreviousReportUntouched() throws IOException {
        Path report = tmp.resolve("r.csv");
        Files.writeString(report, "previous");
        Path bad = tmp.resolve("bad.txt");
        Files.write(bad, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
        Run r = run("check", article("good.txt", "Some text.").toString(), bad.toString(), "-o", report.toString());
        assertEquals(2, r.exit());
        assertEquals("previous", Files.readString(report));
    }

    @Test
    void runsWithFourThreadsAndWithOneWriteIdenticalBytes() throws IOException {
        Path one = tmp.resolve("one.csv");
        Path two = tmp.resolve("two.csv");
        assertEquals(0, run("check", "-j", "4", "seeds", "-o", one.toString()).exit());
        assertEquals(0, run("check", "-j", "1", "seeds", "-o", two.toString()).exit());
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = run("check", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--rules"), help.out());
        assertTrue(help.out().contains("REPLACES the built-in rules"), help.out());
        Run version = run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("crosscheck "), version.out());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run r = run("check", "--frobnicate", "seeds");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Unknown option: '--frobnicate'"), r.err());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
