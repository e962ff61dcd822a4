package dev.crosscheck.load;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Optional front matter at the top of a text or Markdown article: a {@code ---} line, simple
 * {@code key: value} lines, a closing {@code ---} line. Known keys: {@code date} (the dateline),
 * {@code outlet}, {@code title}, {@code lang}, {@code url}; others are ignored.
 *
 * @param values     keys (lower-cased) to values (quotes removed)
 * @param lines      lines it takes, both fences included (0 when there is none)
 * @param dateLine   1-based line of the {@code date:} key, or 0
 */
record FrontMatter(Map<String, String> values, int lines, int dateLine) {

    static final FrontMatter NONE = new FrontMatter(Map.of(), 0, 0);

    /** Reads front matter from text with {@code '\n'} line ends. */
    static FrontMatter read(String text) {
        if (!text.startsWith("---\n") && !text.equals("---")) {
            return NONE;
        }
        String[] lines = text.split("\n", -1);
        Map<String, String> values = new LinkedHashMap<>();
        int dateLine = 0;
        for (int i = 1; i < lines.length && i < 200; i++) {
            String line = lines[i].strip();
            if (line.equals("---") || line.equals("...")) {
                return new FrontMatter(values, i + 1, dateLine);
            }
            int colon = line.indexOf(':');
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (colon <= 0) {
                return NONE; // not front matter: a horizontal rule and text
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = unquote(line.substring(colon + 1).strip());
            values.putIfAbsent(key, value);
            if (key.equals("date")) {
                dateLine = i + 1;
            }
        }
        return NONE;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    String get(String key) {
        return values.getOrDefault(key, "");
    }

    /** The text with the front matter's lines emptied, so every other line keeps its number. */
    String blank(String text) {
        if (lines == 0) {
            return text;
        }
        int at = 0;
        for (int i = 0; i < lines; i++) {
            int nl = text.indexOf('\n', at);
            at = nl < 0 ? text.length() : nl + 1;
        }
        return "\n".repeat(lines - (at == text.length() && !text.endsWith("\n") ? 1 : 0)) + text.substring(at);
    }
}
