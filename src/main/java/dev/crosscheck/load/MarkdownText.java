package dev.crosscheck.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to plain text, line for line: markup (headings' {@code #}, emphasis, links' targets,
 * images, inline HTML, list and quote markers, tables' pipes, code fences, rules) is left out so it
 * never becomes a claim, and every line keeps its number.
 */
final class MarkdownText {

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\((?:[^()]|\\([^)]*\\))*\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern REF_DEF = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s+\\S.*$");
    private static final Pattern AUTOLINK = Pattern.compile("<(?:https?|mailto):[^>]*>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(?:\\s+#+\\s*)?$");
    private static final Pattern SETEXT = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern QUOTE_MARKER = Pattern.compile("^\\s{0,3}(>\\s?)+");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3})(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern UNDERSCORE = Pattern.compile("(?<![\\p{L}\\d])(_{1,3})(?=\\S)(.+?)(?<=\\S)\\1(?![\\p{L}\\d])");
    private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");
    private static final Pattern CODE = Pattern.compile("`+([^`]*)`+");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>])");

    private MarkdownText() {
    }

    /** The first heading's text ("# Headline"), or empty. */
    static String firstHeading(String markdown) {
        for (String line : markdown.split("\n", -1)) {
            Matcher m = HEADING.matcher(line);
            if (m.matches() && line.strip().startsWith("# ")) {
                return inline(m.group(1)).strip();
            }
        }
        return "";
    }

    static String toText(String markdown) {
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length());
        boolean fence = false;
        boolean comment = false;
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String line = lines[i];
            String s = line.strip();
            if (s.startsWith("```") || s.startsWith("~~~")) {
                fence = !fence;
                continue;
            }
            if (fence) {
                continue; // code is not article text
            }
            if (comment || s.startsWith("<!--")) {
                comment = !s.contains("-->");
                continue;
            }
            if (RULE.matcher(line).matches() || SETEXT.matcher(line).matches() && i > 0 && !lines[i - 1].isBlank()
                    || TABLE_RULE.matcher(line).matches() && line.contains("|") || REF_DEF.matcher(line).matches()) {
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                line = h.group(1);
            }
            line = QUOTE_MARKER.matcher(line).replaceFirst("");
            line = LIST_MARKER.matcher(line).replaceFirst("");
            if (line.strip().startsWith("|") || line.contains(" | ")) {
                line = line.replaceAll("\\s*\\|\\s*", " ").strip();
            }
            out.append(inline(line));
        }
        return out.toString();
    }

    private static String inline(String line) {
        String s = IMAGE.matcher(line).replaceAll("");
        s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = REF_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = AUTOLINK.matcher(s).replaceAll("");
        s = TAG.matcher(s).replaceAll("");
        s = CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = STRIKE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        for (int i = 0; i < 3; i++) {
            s = EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
            s = UNDERSCORE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        }
        s = ESCAPE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = s.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"");
        // hard line break markers
        return s.endsWith("\\") ? s.substring(0, s.length() - 1) : s;
    }
}
