package dev.crosscheck.report;

import dev.crosscheck.finding.Category;
import dev.crosscheck.finding.Evidence;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RendererTest {

    private static Finding finding(String message, String source) {
        return new Finding("0123456789ab", Severity.WARNING, "name-spelling-variant", Category.SPELLING, "A, B",
                new Evidence("x", "x", source, 4, "s"), new Evidence("y", "y", "b.txt", 9, "t"), message);
    }

    @Test
    void githubAnnotationsAreEscapedAsTheRunnerExpects() {
        assertEquals("::warning file=dir%2Cx%3Ay.txt,line=4,title=name-spelling-variant%3A A%2C B::"
                        + "100%25 sure%0Anext: line (b.txt:9; id 0123456789ab)",
                GithubAnnotationWriter.command(finding("100% sure\nnext: line", "dir,x:y.txt")));
        assertEquals("notice", GithubAnnotationWriter.level(Severity.INFO));
    }

    @Test
    void textLinesAreFileLineSeverityRuleMessage() {
        assertEquals("a.txt:4: warning name-spelling-variant: two lines", TextReportWriter.line(finding("two\nlines",
                "a.txt")));
    }

    @Test
    void jsonStringsAreEscapedAndTheLayoutIsFixed() throws Exception {
        StringWriter w = new StringWriter();
        new JsonWriter(w).beginObject().field("a", "q\"\\\n\u0001\u00e9").name("b").beginArray().endArray()
                .name("c").beginArray().value(1).value(true).endArray().endObject().finish();
        assertEquals("{\n  \"a\": \"q\\\"\\\\\\n\\u0001\u00e9\",\n  \"b\": [],\n  \"c\": [\n    1,\n    true\n  ]\n}\n",
                w.toString());
    }

    @Test
    void sarifUrisAreRelativeOrFileUris() {
        assertEquals("seeds/a%20b.txt", SarifReportWriter.uri("seeds/a b.txt"));
        assertEquals("file:///tmp/%C3%A9.txt", SarifReportWriter.uri("/tmp/\u00e9.txt"));
        assertEquals("note", SarifReportWriter.level(Severity.INFO));
    }
}
