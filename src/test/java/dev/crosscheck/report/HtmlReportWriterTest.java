package dev.crosscheck.report;

import dev.crosscheck.finding.Category;
import dev.crosscheck.finding.Evidence;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportWriterTest {

    @TempDir
    Path dir;

    private static final HtmlReportWriter.Page PAGE = new HtmlReportWriter.Page("crosscheck: test", List.of(
            new HtmlReportWriter.ArticleRow("a.txt", "The Daily <b>", "Strike <ends>", "March 3, 2024", 120, ""),
            new HtmlReportWriter.ArticleRow("b.html", "", "", "", 80, "lines refer to the text extracted from the HTML")),
            List.of());

    private static Finding finding(String id, Severity severity, Category category, String subject,
                                   String valueA, String sentenceA, String valueB, String sentenceB) {
        return new Finding(id, severity, "some-rule", category, subject,
                new Evidence(valueA, valueA, "dir/a.txt", 3, sentenceA),
                new Evidence(valueB, valueB, "b.html", 12, sentenceB), "The articles disagree.");
    }

    @Test
    void articleTextIsEscapedEverywhere() {
        Finding f = finding("f1", Severity.ERROR, Category.NUMBER, "<script>alert(1)</script>",
                "<script>", "It said <script>alert('x')</script> & more.", "two", "It said two.");
        String html = HtmlReportWriter.render(List.of(f), PAGE);
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("<mark>&lt;script&gt;</mark>alert(&#39;x&#39;)&lt;/script&gt; &amp; more."), html);
        assertTrue(html.contains("The Daily &lt;b&gt;") && html.contains("Strike &lt;ends&gt;"));
    }

    @Test
    void selfContainedWithoutScriptsOrNetwork() {
        String html = HtmlReportWriter.render(List.of(finding("f1", Severity.ERROR, Category.NUMBER, "toll", "12",
                "12 died.", "20", "20 died.")), PAGE);
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("@import")
                || html.contains("<link"), "no network resources");
        assertTrue(html.contains("<style>"));
        assertTrue(html.contains("@media print"));
    }

    @Test
    void groupsBySubjectMostSevereFirstAndFoldsRepeatsAndInfo() {
        List<Finding> findings = List.of(
                finding("w1", Severity.WARNING, Category.SPELLING, "Ana Lutz", "Ana", "Ana spoke.", "Anna", "Anna spoke."),
                finding("w2", Severity.WARNING, Category.SPELLING, "Ana Lutz", "Ana", "Ana left.", "Anna", "Anna left."),
                finding("i1", Severity.INFO, Category.DURATION, "the meeting", "about an hour", "It took about an hour.",
                        "more than an hour", "It took more than an hour."),
                finding("e1", Severity.ERROR, Category.DURATION, "the meeting", "an hour", "It took an hour.",
                        "five hours", "It took five hours."));
        String html = HtmlReportWriter.render(findings, PAGE);
        int meeting = html.indexOf("<h2 class=\"subject\">the meeting");
        int ana = html.indexOf("<h2 class=\"subject\">Ana Lutz");
        assertTrue(meeting > 0 && ana > meeting, "the group with an error comes first");
        assertTrue(html.contains("1 more finding about Ana Lutz"), html);
        assertTrue(html.contains("<details class=\"compatible has-cat-duration has-sev-info\">"), html);
        assertTrue(html.indexOf("id=\"f-e1\"") < html.indexOf("id=\"f-i1\""));
    }

    @Test
    void marksTheValuesAndTheDifferingWordsOfLongValues() {
        Finding q = finding("q1", Severity.WARNING, Category.QUOTE, "Ana Lutz",
                "we will raise the tax next year", "She said \"we will raise the tax next year\" on Monday.",
                "we will not raise the tax next year", "\"We will not raise the tax next year,\" she said.");
        String html = HtmlReportWriter.render(List.of(q), PAGE);
        assertTrue(html.contains("<mark>not</mark>"), html);
        assertEquals(1, html.split("<mark>", -1).length - 1, "only the differing word is marked");
    }

    @Test
    void filtersAreRadioInputsStyledWithoutScript() {
        String html = HtmlReportWriter.render(List.of(finding("f1", Severity.ERROR, Category.NUMBER, "toll", "12",
                "12 died.", "20", "20 died.")), PAGE);
        assertTrue(html.contains("<input type=\"radio\" name=\"sev\" id=\"sev-error\""));
        assertTrue(html.contains("<label for=\"cat-number\""));
        assertTrue(html.contains("#sev-error:checked ~ main .finding:not(.sev-error)"));
    }

    @Test
    void writesAtomicallyAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out/report.html");
        HtmlReportWriter.write(target, List.of(), PAGE);
        String html = Files.readString(target, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("No discrepancies found."));
        assertTrue(html.contains("of the text extracted from them"), "the report says lines refer to extracted text");
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertEquals(List.of(target), s.toList());
        }
    }
}
