package dev.crosscheck.load;

import java.util.Objects;

/**
 * What is known about an article besides its text: from Markdown or text front matter
 * ({@code outlet}, {@code title}, {@code url}, {@code lang}) or from an HTML page's head.
 *
 * @param format how the text was read: {@code text}, {@code markdown} or {@code html}
 * @param outlet the publishing outlet, empty when unknown
 * @param title  the headline, empty when unknown
 * @param url    where it was published, empty when unknown
 * @param lang   the declared language (e.g. {@code en}, {@code fr-FR}), empty when not declared
 * @param words  words of the story text (runs of letters or digits), counted when it is loaded
 */
public record ArticleMeta(String format, String outlet, String title, String url, String lang, int words) {

    public static final ArticleMeta TEXT = new ArticleMeta("text", "", "", "", "");

    public ArticleMeta(String format, String outlet, String title, String url, String lang) {
        this(format, outlet, title, url, lang, 0);
    }

    public ArticleMeta {
        Objects.requireNonNull(format, "format");
        outlet = Objects.requireNonNullElse(outlet, "").strip();
        title = Objects.requireNonNullElse(title, "").strip();
        url = Objects.requireNonNullElse(url, "").strip();
        lang = Objects.requireNonNullElse(lang, "").strip();
    }

    /** How report lines relate to the file: empty for plain text, else a note for the reader. */
    public String lineNote() {
        return switch (format) {
            case "markdown" -> "Markdown: lines of the file, markup left out";
            case "html" -> "HTML: lines of the article text extracted from the page";
            default -> "";
        };
    }

    ArticleMeta withTitleIfNone(String headline) {
        return title.isEmpty() ? new ArticleMeta(format, outlet, headline, url, lang, words) : this;
    }

    ArticleMeta withWords(int n) {
        return new ArticleMeta(format, outlet, title, url, lang, n);
    }
}
