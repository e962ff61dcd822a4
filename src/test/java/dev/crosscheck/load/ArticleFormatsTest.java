package dev.crosscheck.load;

import dev.crosscheck.rules.RuleLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Markdown, HTML and front matter are read as article text; another language is told. */
class ArticleFormatsTest {

    private static ArticleLoader loader;

    @BeforeAll
    static void rules() {
        loader = new ArticleLoader(RuleLoader.fromDirectory(Path.of("rules"), "rules").lexicon());
    }

    private static String story(Article a) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : a.segments()) {
            sb.append(a.text(), s.start(), s.end()).append('\n');
        }
        return sb.toString();
    }

    private static int lineOf(Article a, String phrase) {
        return a.lines().lineOf(a.text().indexOf(phrase));
    }

    @Test
    void frontMatterGivesTheDatelineAndMetadataAndKeepsLineNumbers() {
        String md = """
                ---
                date: 2024-06-07
                outlet: "The Ostra Post"
                title: Envoy meets mayor
                lang: en-GB
                url: https://example.org/a
                ---

                Envoy Marko Tavel met with Darko Pavel on Tuesday.
                """;
        Article a = loader.parse("a.txt", md, InputFiles.Format.TEXT);
        assertEquals(LocalDate.of(2024, 6, 7), a.dateline().orElseThrow().date());
        assertEquals("2024-06-07", a.dateline().orElseThrow().text());
        assertEquals(2, a.dateline().orElseThrow().line());
        assertEquals("The Ostra Post", a.meta().outlet());
        assertEquals("Envoy meets mayor", a.meta().title());
        assertEquals(9, lineOf(a, "Envoy Marko"), "the text keeps its line in the file");
        assertFalse(story(a).contains("outlet"), story(a));
    }

    @Test
    void markdownMarkupNeverBecomesText() {
        String md = """
                ---
                date: "Fri. Sep 22nd, 2023"
                ---
                # Envoy meets *the* mayor

                ![Photo of Darko Pavel](https://example.org/p.jpg)
                > **Envoy Marko Tavel** met with [Darko Pavel](https://example.org/pavel "Pavel") for `two` hours.

                - Second_item with snake_case and __strong__ words
                1. Third item
                | Name | Role |
                |------|------|
                | Lena Orsk | mayor |
                ***
                ```
                Code Minister Ivo Rask said 4,000 people died.
                ```
                <div class="x">Tagged text</div>
                """;
        Article a = loader.parse("a.md", md, InputFiles.Format.MARKDOWN);
        String text = story(a);
        assertEquals(LocalDate.of(2023, 9, 22), a.dateline().orElseThrow().date());
        assertEquals("Envoy meets the mayor", a.meta().title());
        assertTrue(text.contains("Envoy meets the mayor\n"), text);
        assertTrue(text.contains("Envoy Marko Tavel met with Darko Pavel for two hours."), text);
        assertTrue(text.contains("Second_item with snake_case and strong words"), text);
        assertTrue(text.contains("Third item"), text);
        assertTrue(text.contains("Lena Orsk mayor"), text);
        assertTrue(text.contains("Tagged text"), text);
        for (String markup : new String[] {"#", "**", "](", "![", "`", "|", "---", "> ", "<div", "Photo of", "Ivo Rask",
                "https"}) {
            assertFalse(text.contains(markup), markup + " in " + text);
        }
        assertEquals(7, lineOf(a, "Envoy Marko Tavel"), "lines are the file's lines");
        assertEquals("Markdown: lines of the file, markup left out", a.meta().lineNote());
    }

    @Test
    void htmlGivesTheArticleBodyWithoutFurniture() {
        String html = """
                <!DOCTYPE html><html lang="en"><head><title>Envoy meets mayor | Ostra Post</title>
                <meta property="og:site_name" content="The Ostra Post">
                <meta property="article:published_time" content="2024-06-07T09:00:00Z">
                <script>var s = "<p>Minister Ivo Rask</p>";</script><style>p{}</style></head>
                <body><header><nav><a href="/">Home</a> <a>World</a></nav></header>
                <main><article><header><h1>Envoy meets mayor</h1></header>
                <p>Envoy <b>Marko Tavel</b> met with <a href="/p">Darko Pavel</a> for two hours &amp; more.</p>
                <blockquote><p>"We agreed," he said.</p><p>"Again," he added.</p></blockquote>
                <figure><img src="x.jpg"><figcaption>Photo: Lena Orsk</figcaption></figure>
                <div class="share-bar">Share on X</div>
                <ul class="related-links"><li><a>Minister Ivo Rask resigns</a></li></ul>
                <footer>Tags: Ostra</footer></article>
                <aside><h2>Most read</h2><p>Minister Ivo Rask says 4,000 died</p></aside></main>
                <footer><p>Copyright Ivo Rask</p></footer><script>track()</script></body></html>
                """;
        Article a = loader.parse("a.html", html, InputFiles.Format.HTML);
        String text = a.text();
        assertEquals("Envoy meets mayor\n\nEnvoy Marko Tavel met with Darko Pavel for two hours & more.\n\n"
                + "\"We agreed,\" he said.\n\n\"Again,\" he added.\n", text);
        assertEquals("The Ostra Post", a.meta().outlet());
        assertEquals("Envoy meets mayor", a.meta().title());
        assertEquals(LocalDate.of(2024, 6, 7), a.dateline().orElseThrow().date());
        assertEquals(3, lineOf(a, "Envoy Marko"));
        assertTrue(a.meta().lineNote().contains("extracted"));
    }

    @Test
    void aReportCrosscheckWroteIsSkipped() {
        InputException e = assertThrows(InputException.class, () -> loader.parse("r.html",
                "<html><head><meta name=\"generator\" content=\"crosscheck\"></head><body><p>x</p></body></html>",
                InputFiles.Format.HTML));
        assertTrue(e.isNotText());
        assertTrue(e.reason().contains("report written by crosscheck"), e.reason());
    }

    @Test
    void aFrenchArticleIsReportedAsNotInTheRulesLanguage() {
        String fr = """
                Le secrétaire d'État américain Antony Blinken a rencontré lundi le président chinois Xi Jinping à
                Pékin, dans le cadre d'une visite destinée à apaiser les tensions entre les deux pays. Les deux
                parties ont souligné que des désaccords profonds demeurent. Selon la télévision publique, le
                président a salué les progrès et le terrain d'entente trouvés avec Washington, malgré les tensions
                sur Taïwan et les sanctions américaines contre les géants chinois du numérique.
                """;
        InputException e = assertThrows(InputException.class, () -> loader.parse("fr.txt", fr));
        assertTrue(e.isNotText(), "skipped, not failed");
        assertEquals("skipped: not in the rules' language, English (en): reads as French", e.reason().replaceAll(" \\(\\d.*", ""));
        InputException declared = assertThrows(InputException.class, () -> loader.parse("x.md",
                "---\nlang: fr-FR\n---\nAntony Blinken met Xi Jinping.\n", InputFiles.Format.MARKDOWN));
        assertTrue(declared.reason().contains("declared as French (fr-FR)"), declared.reason());
        // English with many names and few stop words is still English
        loader.parse("en.txt", "Chinese President Xi Jinping and US Secretary of State Antony Blinken in Beijing. "
                .repeat(6));
    }
}
