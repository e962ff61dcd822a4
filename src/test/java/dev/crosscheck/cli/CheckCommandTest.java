package dev.crosscheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.crosscheck.load.Article;
import dev.crosscheck.pipeline.Checker;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    private static final Path GOLDEN = Path.of("src/test/resources/golden/seeds.csv");

    private static Run run(String... args) {
        return run(Checker.Hooks.NONE, args);
    }

    /** Runs with {@code hooks} around the pipeline's stages (to make an article or a rule fail). */
    private static Run run(Checker.Hooks hooks, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CrosscheckCli.commandLine();
        ((CheckCommand) cl.getSubcommands().get("check").getCommand()).hooks = hooks;
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The sample articles as paths "seeds/NAME", as a folder names them. */
    private static List<String> seedFiles() {
        try (var s = Files.list(Path.of("seeds"))) {
            return s.map(Path::toString).filter(n -> n.endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
        assertEquals(ExitCode.FINDINGS.code(), r.exit(), "the seeds have 2 errors: " + r.err());
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
        assertTrue(r.err().contains(empty + ": folder has no article files"), r.err());
    }

    @Test
    void aNonUtf8AndABinaryFileAmongGoodOnesAreNamedAndTheRestIsReportedWithExitThree() throws IOException {
        Path latin1 = tmp.resolve("latin1.txt");
        Files.write(latin1, "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        Path image = tmp.resolve("image.txt");
        Files.write(image, new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0, 1});
        Path report = tmp.resolve("r.csv");
        List<String> args = new ArrayList<>(List.of("check", "-o", report.toString()));
        args.addAll(seedFiles());
        args.add(4, latin1.toString()); // between two sample articles
        args.add(image.toString());
        Run r = run(args.toArray(String[]::new));
        assertEquals(ExitCode.PARTIAL.code(), r.exit(), r.err());
        assertEquals(List.of("crosscheck: " + latin1 + ": not valid UTF-8 text (byte 0xE9 at offset 3); save it as UTF-8",
                "crosscheck: " + image + ": skipped: binary content (NUL byte at offset 6), not article text"),
                r.err().lines().toList());
        // the good articles' report is the seeds report, byte for byte
        assertArrayEquals(Files.readAllBytes(GOLDEN), Files.readAllBytes(report));
        assertTrue(r.out().contains("Read 5 articles"), r.out());
        assertTrue(r.out().contains("Not checked: 1 article, 1 input skipped (not text"), r.out());
    }

    @Test
    void aFailingRuleIsNamedAndTheOtherRulesAreReportedWithExitThree() throws IOException {
        Path report = tmp.resolve("r.csv");
        Run r = run(new Checker.Hooks() {
            @Override
            public void comparing(String ruleId) {
                if (ruleId.equals("quote-conflict")) {
                    throw new IllegalStateException("injected");
                }
            }
        }, "check", "seeds", "-o", report.toString());
        assertEquals(ExitCode.PARTIAL.code(), r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("crosscheck: rule quote-conflict: internal error: "
                + "java.lang.IllegalStateException: injected (at "), r.err());
        List<String> expected = Files.readAllLines(GOLDEN).stream().filter(l -> !l.contains(",quote-conflict,"))
                .toList();
        assertEquals(expected, Files.readAllLines(report));
        assertTrue(expected.size() > 2, "the seeds report has other rules' findings");
        assertTrue(r.out().contains("Not checked: 1 rule"), r.out());
    }

    @Test
    void runningOutOfMemoryIsOneLineNamingTheArticleAndHowToRaiseTheMemory() {
        String victim = seedFiles().get(1);
        Run r = run(new Checker.Hooks() {
            @Override
            public void loaded(Article article) {
                if (article.source().equals(victim)) {
                    throw new OutOfMemoryError("Java heap space");
                }
            }
        }, "check", "seeds", "-o", tmp.resolve("r.csv").toString());
        assertEquals(ExitCode.INTERNAL.code(), r.exit());
        assertEquals("crosscheck: out of memory while checking " + victim + "; raise the memory cap, e.g. "
                + "CROSSCHECK_JAVA_OPTS=-Xmx4g bin/crosscheck check ...", r.err().strip());
        assertFalse(Files.exists(tmp.resolve("r.csv")));
    }

    @Test
    void theHelpListsEveryExitCode() {
        Run help = run("check", "--help");
        for (ExitCode e : ExitCode.values()) {
            assertTrue(help.out().matches("(?s).*\\n\\s+" + e.code() + "\\s+" + e.description().substring(0, 20) + ".*"),
                    e + " missing from\n" + help.out());
        }
        Run top = run("--help");
        assertTrue(top.out().contains("Exit codes:"), top.out());
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
    void anOutputThatIsAnInputArticleIsRefusedAndTheArticleKept() throws IOException {
        Path a = article("a.txt", "Mayor Ivo Rask spoke.");
        Path b = article("b.txt", "Mayor Ivo Rusk spoke.");
        Run r = run("check", a.toString(), b.toString(), "-o", a.toString());
        assertEquals(ExitCode.USAGE.code(), r.exit());
        assertEquals("crosscheck: cannot write report " + a + ": is the input article " + a
                + "; refusing to overwrite it", r.err().strip());
        assertEquals("Mayor Ivo Rask spoke.", Files.readString(a));
        Run viaClaims = run("check", tmp.toString(), "-o", tmp.resolve("out.csv").toString(),
                "--claims", tmp.resolve("./b.txt").toString());
        assertEquals(ExitCode.USAGE.code(), viaClaims.exit());
        assertTrue(viaClaims.err().contains("claims file") && viaClaims.err().contains("is the input article"),
                viaClaims.err());
        assertEquals("Mayor Ivo Rusk spoke.", Files.readString(b));
        assertFalse(Files.exists(tmp.resolve("out.csv")));
    }

    @Test
    void theReportAndTheClaimsFileMustBeTwoFiles() throws IOException {
        Path a = article("a.txt", "Mayor Ivo Rask spoke.");
        Path x = tmp.resolve("x.csv");
        Run r = run("check", a.toString(), "-o", x.toString(), "--claims", x.toString());
        assertEquals(ExitCode.USAGE.code(), r.exit());
        assertEquals("crosscheck: cannot write claims file " + x + ": it is also the report (-o); give two "
                + "different files", r.err().strip());
        assertFalse(Files.exists(x));
    }

    @Test
    void aDirectoryAsEitherOutputIsRefusedAndKept() throws IOException {
        Path a = article("a.txt", "Mayor Ivo Rask spoke.");
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Run asReport = run("check", a.toString(), "-o", empty.toString());
        assertEquals(ExitCode.USAGE.code(), asReport.exit());
        assertEquals("crosscheck: cannot write report " + empty + ": is a directory; give a file name",
                asReport.err().strip());
        Run asClaims = run("check", a.toString(), "-o", tmp.resolve("r.csv").toString(), "--claims", empty.toString());
        assertEquals(ExitCode.USAGE.code(), asClaims.exit());
        assertTrue(Files.isDirectory(empty));
        assertFalse(Files.exists(tmp.resolve("r.csv")));
    }

    @Test
    void aFifoAsOutputIsRefusedAndNotReplaced() throws Exception {
        Path fifo = tmp.resolve("pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo here");
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        Run r = run("check", article("a.txt", "Mayor Ivo Rask spoke.").toString(), "-o", fifo.toString());
        assertEquals(ExitCode.USAGE.code(), r.exit());
        assertEquals("crosscheck: cannot write report " + fifo + ": is not a regular file (a device, FIFO or "
                + "socket); refusing to replace it", r.err().strip());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo) && !Files.isDirectory(fifo));
    }

    @Test
    void aClaimsFileThatCannotBeWrittenLeavesThePreviousReportAndNoTemporaryFile() throws IOException {
        Path report = tmp.resolve("r.csv");
        Files.writeString(report, "previous");
        Path notAFolder = article("a.txt", "Mayor Ivo Rask spoke.");
        Path claims = notAFolder.resolve("claims.tsv");
        Run r = run("check", notAFolder.toString(), "-o", report.toString(), "--claims", claims.toString());
        assertEquals(ExitCode.USAGE.code(), r.exit());
        assertEquals("crosscheck: cannot write claims file " + claims + ": " + notAFolder
                + ": exists and is not a folder", r.err().strip());
        assertEquals("previous", Files.readString(report));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of("a.txt", "r.csv"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aReportWrittenIntoTheInputFolderIsNotReadBackAsAnArticle() throws IOException {
        article("a.txt", "Mayor Ivo Rask spoke.");
        Path report = tmp.resolve("report.csv");
        Path claimsFile = tmp.resolve("claims.tsv");
        assertEquals(0, run("check", tmp.toString(), "-o", report.toString(), "--claims", claimsFile.toString())
                .exit());
        Run again = run("check", tmp.toString(), "-o", report.toString(), "--claims", claimsFile.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().startsWith("Read 1 article "), again.out());
    }

    @Test
    void runsWithFourThreadsAndWithOneWriteIdenticalBytes() throws IOException {
        Path one = tmp.resolve("one.csv");
        Path two = tmp.resolve("two.csv");
        assertEquals(1, run("check", "-j", "4", "seeds", "-o", one.toString()).exit());
        assertEquals(1, run("check", "-j", "1", "seeds", "-o", two.toString()).exit());
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = run("check", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--rules"), help.out());
        assertTrue(help.out().contains("laid over the built-in rules"), help.out());
        assertTrue(help.out().contains("--rule=ID=LEVEL"), help.out());
        assertTrue(help.out().contains("--no-config"), help.out());
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

    @Test
    void theHtmlReportRendersArticleMarkupAsText() throws IOException {
        Path a = article("a.txt", "Envoy Katharine Vollmer arrived in Ostra <script>alert('x')</script> on Monday. "
                + "Katharine Vollmer met the mayor.\n");
        Path b = article("b.txt", "Envoy Katherine Vollmer arrived in Ostra <script>alert('x')</script> on Monday.\n");
        Path report = tmp.resolve("r.html");
        Run r = run("check", a.toString(), b.toString(), "--format", "html", "-o", report.toString());
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertFalse(html.contains("<script"), "no script element");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
        assertTrue(html.contains("Katherine"), html);
    }

    @Test
    void aFrenchArticleIsNamedAsNotInTheRulesLanguage() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("set/sub"));
        Files.writeString(tmp.resolve("set/en.txt"), "Envoy Marko Tavel met with Darko Pavel for about two hours.\n");
        Files.writeString(dir.resolve("fr.md"), "---\nlang: fr\n---\nLe ministre Marko Tavel a rencontré Darko Pavel.\n");
        Run flat = run("check", tmp.resolve("set").toString(), "-o", tmp.resolve("r1.csv").toString());
        assertEquals(0, flat.exit(), flat.err());
        Run deep = run("check", "-r", tmp.resolve("set").toString(), "-o", tmp.resolve("r2.csv").toString());
        assertEquals(3, deep.exit(), deep.err());
        assertTrue(deep.err().contains(dir.resolve("fr.md") + ": skipped: not in the rules' language, English (en): "
                + "declared as French (fr)"), deep.err());
    }

    @Test
    void quietPrintsNoSummaryAndThePlainSummaryListsTheTopFindings() {
        Path report = tmp.resolve("q.csv");
        Run quiet = run("check", "seeds", "-q", "-o", report.toString());
        assertEquals(ExitCode.FINDINGS.code(), quiet.exit(), "--quiet leaves the gate's exit code: " + quiet.err());
        assertEquals("", quiet.out());
        assertEquals("", quiet.err());
        assertTrue(Files.isRegularFile(report));
        Run loud = run("check", "seeds", "-o", report.toString());
        assertTrue(loud.out().contains("Top findings:\n  error   001_629cbed1cab3168f.txt names Chen Gang"), loud.out());
        assertFalse(loud.out().contains("\u001b["), "no colour off a terminal");
    }
}
