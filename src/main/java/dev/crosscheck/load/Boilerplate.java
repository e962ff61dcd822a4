package dev.crosscheck.load;

import dev.crosscheck.rules.Lexicon.BoilerplatePattern;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Cuts page furniture (credits, link lists, bios, comment forms) out of an article and
 * splits what is left into per-line {@link Segment}s, marking caption lines.
 */
public final class Boilerplate {

    private final List<BoilerplatePattern> patterns;

    public Boilerplate(List<BoilerplatePattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /**
     * Returns the story segments of {@code text}.
     *
     * @param text          article text with {@code '\n'} line ends
     * @param skipLine      1-based line to leave out entirely (the dateline), or 0
     */
    public List<Segment> segments(String text, LineIndex lines, int skipLine) {
        BitSet excluded = new BitSet(text.length());
        BitSet captionLines = new BitSet(lines.lineCount() + 1);
        if (skipLine > 0) {
            excluded.set(lines.startOf(skipLine), lineEnd(text, lines.startOf(skipLine)));
        }
        for (BoilerplatePattern p : patterns) {
            Matcher m = p.regex().matcher(text);
            while (m.find()) {
                if (m.end() == m.start() && p.scope() == dev.crosscheck.rules.Lexicon.Scope.MATCH) {
                    continue;
                }
                int from = m.start();
                int to = switch (p.scope()) {
                    case MATCH -> m.end();
                    case LINE -> lineEnd(text, Math.max(m.start(), m.end() - 1));
                    case BLOCK -> blockEnd(text, m.end());
                    case REST -> text.length();
                };
                if (p.scope() != dev.crosscheck.rules.Lexicon.Scope.MATCH) {
                    from = lineStart(text, m.start());
                }
                excluded.set(from, to);
                if (p.caption()) {
                    captionLines.set(lines.lineOf(m.start()));
                }
            }
        }
        return split(text, lines, excluded, captionLines);
    }

    private static List<Segment> split(String text, LineIndex lines, BitSet excluded, BitSet captionLines) {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (excluded.get(i) || text.charAt(i) == '\n') {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && !excluded.get(end) && text.charAt(end) != '\n') {
                end++;
            }
            int s = i;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s && hasLetterOrDigit(text, s, e)) {
                out.add(new Segment(s, e, captionLines.get(lines.lineOf(s))));
            }
            i = end;
        }
        return List.copyOf(out);
    }

    private static boolean hasLetterOrDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int lineStart(String text, int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    private static int lineEnd(String text, int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    /** End of the paragraph block after a heading: skips blank lines, then runs to the next blank line. */
    private static int blockEnd(String text, int offset) {
        int i = lineEnd(text, offset);
        // skip blank lines right after the heading
        while (i < text.length()) {
            int next = lineEnd(text, i + 1);
            if (!text.substring(i + 1, next).isBlank()) {
                break;
            }
            i = next;
            if (i >= text.length()) {
                return text.length();
            }
        }
        // then the non-blank lines of the block
        while (i < text.length()) {
            int next = lineEnd(text, i + 1);
            if (text.substring(i + 1, next).isBlank()) {
                return i;
            }
            i = next;
        }
        return text.length();
    }
}
