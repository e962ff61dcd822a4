package dev.crosscheck.load;

import dev.crosscheck.rules.Lexicon.BoilerplatePattern;
import dev.crosscheck.text.BoundedRegex;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts page furniture (credits, link lists, bios, comment forms) out of an article and
 * splits what is left into per-line {@link Segment}s, marking caption lines.
 */
public final class Boilerplate {

    private final List<BoilerplatePattern> patterns;
    /** per pattern: it can only match at a line start, so it is tried at line starts only */
    private final boolean[] lineAnchored;

    public Boilerplate(List<BoilerplatePattern> patterns) {
        this.patterns = List.copyOf(patterns);
        this.lineAnchored = new boolean[this.patterns.size()];
        for (int i = 0; i < lineAnchored.length; i++) {
            lineAnchored[i] = isLineAnchored(this.patterns.get(i).regex());
        }
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
        for (int pi = 0; pi < patterns.size(); pi++) {
            BoilerplatePattern p = patterns.get(pi);
            BoundedRegex.Bounded bounded = p.bounded().matcher(text);
            Matcher m = bounded.matcher();
            boolean anchored = lineAnchored[pi];
            int searchFrom = 0;
            while (anchored ? matchAtLineStart(bounded, text, searchFrom) : bounded.find()) {
                searchFrom = m.end() > m.start() ? m.end() : m.end() + 1;
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

    /**
     * True when {@code regex} can only match at the start of a line: a multi-line pattern that
     * begins with {@code ^} and has no {@code |} outside groups and character classes. Any doubt
     * answers false, which is always correct (the pattern is then tried at every position).
     */
    static boolean isLineAnchored(Pattern regex) {
        String r = regex.pattern();
        if ((regex.flags() & (Pattern.MULTILINE | Pattern.UNIX_LINES | Pattern.COMMENTS | Pattern.LITERAL))
                != Pattern.MULTILINE || !r.startsWith("^")) {
            return false;
        }
        int groups = 0;
        int classes = 0;
        for (int i = 1; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') {
                if (i + 1 < r.length() && r.charAt(i + 1) == 'Q') {
                    return false; // quoted text: not worth parsing
                }
                i++;
            } else if (c == '[') {
                classes++;
            } else if (c == ']' && classes > 0) {
                classes--;
            } else if (classes == 0 && c == '(') {
                groups++;
            } else if (classes == 0 && c == ')') {
                groups--;
            } else if (classes == 0 && groups == 0 && c == '|') {
                return false;
            }
        }
        return groups == 0 && classes == 0;
    }

    /**
     * The next match of a line-anchored pattern at or after {@code from}, as {@code find()} would
     * give it: {@code lookingAt} at each line start in turn.
     */
    private static boolean matchAtLineStart(BoundedRegex.Bounded bounded, String text, int from) {
        Matcher m = bounded.matcher();
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = lineStartAtOrAfter(text, from); at >= 0; at = lineStartAtOrAfter(text, at + 1)) {
            m.region(at, text.length());
            if (bounded.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The first offset at or after {@code from} where {@code ^} can match in multi-line mode, or -1. */
    private static int lineStartAtOrAfter(String text, int from) {
        if (from == 0) {
            return 0; // the start of the input, even an empty one
        }
        for (int i = from; i < text.length(); i++) {
            char prev = text.charAt(i - 1);
            boolean afterTerminator = prev == '\n' || prev == '\u0085' || prev == '\u2028' || prev == '\u2029'
                    || prev == '\r' && text.charAt(i) != '\n';
            if (afterTerminator) {
                return i;
            }
        }
        return -1;
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
