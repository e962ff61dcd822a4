package dev.crosscheck.cli;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The seeds' HTML report in a real browser: headless Chromium renders it to a PNG and dumps the
 * DOM it built, and the test asserts on that DOM. Skipped, with a notice on stderr, where no
 * Chromium is installed, unless {@code CROSSCHECK_BROWSER_REQUIRED} is set (as {@code .ci/run}
 * does once it has installed one), where a missing browser fails.
 */
class HtmlReportBrowserTest {

    @TempDir
    static Path tmp;

    private static Path page;

    @BeforeAll
    static void renderSeeds() {
        page = tmp.resolve("seeds.html");
        CommandLine cl = CrosscheckCli.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute("check", "seeds", "--format", "html", "-o", page.toString());
        assertEquals(ExitCode.FINDINGS.code(), exit, "the seeds have 2 errors: " + err);
    }

    private static Optional<Path> chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static Path browser() {
        Optional<Path> c = chromium();
        if (c.isEmpty()) {
            String notice = "NOTICE: HtmlReportBrowserTest skipped: no chromium on the PATH "
                    + "(apt-get install chromium; .ci/run installs it)";
            if (System.getenv("CROSSCHECK_BROWSER_REQUIRED") != null) {
                fail(notice.replace("skipped", "failed") + " but CROSSCHECK_BROWSER_REQUIRED is set");
            }
            System.err.println(notice);
            Assumptions.abort(notice);
        }
        return c.get();
    }

    private static String run(Path chromium, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-extensions", "--hide-scrollbars", "--user-data-dir=" + tmp.resolve("profile")));
        cmd.addAll(List.of(args));
        Path out = tmp.resolve("chromium.out");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
                .redirectError(tmp.resolve("chromium.err").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 120 s");
        }
        assertEquals(0, p.exitValue(), () -> read(tmp.resolve("chromium.err")));
        return read(out);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void theBrowserBuildsTheExpectedPage() throws Exception {
        String dom = run(browser(), "--dump-dom", page.toUri().toString());
        Document d = Jsoup.parse(dom);
        assertEquals("crosscheck: seeds", d.selectFirst("h1").text());
        assertTrue(d.select("script").isEmpty(), "no scripts");
        assertEquals(5, d.select("section.articles tbody tr").size(), "one row per article");
        assertEquals("Fri. Sep 22nd, 2023", d.select("section.articles tbody tr").get(0).child(3).text());
        // 15 findings, each with two sides with file and line
        assertEquals(15, d.select("article.finding").size());
        for (Element f : d.select("article.finding")) {
            assertEquals(2, f.select(".side").size());
            assertTrue(f.selectFirst(".where").text().matches("A \\S+\\.txt, line \\d+"), f.selectFirst(".where").text());
            assertFalse(f.select(".meta code").isEmpty(), "rule named");
        }
        // groups by subject, the error group first; the Antony/Anthony rows fold into one group
        List<String> subjects = d.select("section.group h2.subject").eachText();
        assertTrue(subjects.get(0).startsWith("Chinese Foreign Minister"), subjects.toString());
        Element blinken = d.select("section.group").stream()
                .filter(g -> g.selectFirst("h2").text().startsWith("Antony Blinken")).findFirst().orElseThrow();
        assertEquals(3, blinken.select("article.finding").size());
        assertEquals(2, blinken.select("details.more article.finding").size());
        // the compatible duration is folded away
        Element info = d.selectFirst("article.finding.sev-info");
        assertTrue(info.parent().is("details.compatible"), "info findings sit in a closed <details>");
        assertFalse(info.parent().hasAttr("open"));
        // the differing values are marked in the sentences
        assertTrue(d.select("blockquote mark").eachText().containsAll(List.of("Anthony Blinken", "Uyghur")),
                d.select("blockquote mark").eachText().toString());
        // the filters are labels of radio inputs
        assertEquals("sev-error", d.selectFirst("nav.filters label.l-sev-error").attr("for"));
        assertTrue(d.getElementById("sev-error").is("input[type=radio]"));
        assertEquals(15, d.select("article.finding").size());
    }

    @Test
    void theBrowserPaintsThePage() throws Exception {
        Path png = Path.of("target", "browser", "seeds.png").toAbsolutePath();
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        run(browser(), "--window-size=1280,2000", "--screenshot=" + png, page.toUri().toString());
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 20_000, "a painted page, not a blank one: " + bytes.length + " bytes");
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
        assertEquals('N', bytes[2]);
        assertEquals('G', bytes[3]);
    }
}
