package dev.crosscheck.pipeline;

import dev.crosscheck.finding.Finding;
import dev.crosscheck.load.InputFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seeds saved as Markdown with front matter (headline, bold names, links, an image, a code
 * block) and as HTML pages from a CMS (navigation, scripts, sharing and related-links blocks, a
 * footer) give the findings of the text files: same rules, subjects, values and severities.
 */
class InputFormatsSeedsTest {

    private static List<String> txt;

    @BeforeAll
    static void seeds() {
        txt = keys(TestPipeline.checker().check(InputFiles.expand(List.of("seeds"))));
    }

    private static List<String> keys(CheckResult r) {
        assertTrue(r.failures().isEmpty(), r.failures().toString());
        return r.findings().stream().map(InputFormatsSeedsTest::key).sorted().toList();
    }

    private static String key(Finding f) {
        return String.join(" | ", f.severity().label(), f.rule(), f.subject(), f.a().value(), f.a().normalized(),
                f.b().value(), f.b().normalized());
    }

    @Test
    void markdownWithFrontMatterGivesTheSameFindings() {
        CheckResult md = TestPipeline.checker().check(InputFiles.expand(List.of("src/test/resources/inputs/seeds-md")));
        assertEquals(txt, keys(md));
        assertEquals(15, txt.size());
        assertEquals("Example Wire", md.articles().get(0).article().meta().outlet());
    }

    @Test
    void htmlPagesGiveTheSameFindings() {
        CheckResult html = TestPipeline.checker().check(
                InputFiles.expand(List.of("src/test/resources/inputs/seeds-html")));
        assertEquals(txt, keys(html));
        for (Finding f : html.findings()) {
            assertTrue(!f.a().sentence().contains("<p>") && !f.b().sentence().contains("<p>"), f.toString());
        }
    }
}
