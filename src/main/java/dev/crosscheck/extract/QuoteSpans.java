package dev.crosscheck.extract;

import dev.crosscheck.rules.Lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted spans in story text by pairing quote marks. A mark's role comes from its
 * context: after a space and before a word it opens, after a word and before a space or
 * punctuation it closes, whatever its glyph; the glyph decides only when the context does
 * not. So straight, curly and wrong-direction marks ("issue“.") pair up. A quote left open at
 * the end of a paragraph continues when the next paragraph opens with a quote mark (the
 * convention for quotes that span paragraphs); otherwise it is closed at the paragraph's end
 * and marked unbalanced.
 */
final class QuoteSpans {

    /**
     * A quoted span.
     *
     * @param open     offset of the opening mark
     * @param close    offset of the closing mark, or of the paragraph end when unbalanced
     * @param balanced false when no closing mark was found
     */
    record Span(int open, int close, boolean balanced) {
    }

    private enum Role { OPEN, CLOSE }

    private final Lexicon.Quotes lexicon;
    /** every quote mark character; this test runs on every character of the story text */
    private final String marks;

    QuoteSpans(Lexicon.Quotes marks) {
        this.lexicon = marks;
        this.marks = marks.markCharacters();
    }

    /** True when {@code c} is a quote mark. */
    boolean isMark(char c) {
        return marks.indexOf(c) >= 0;
    }

    /**
     * @param text      the article text
     * @param sentences {start, end} offsets of the story sentences, in order; text between two
     *                  sentences that contains a line break separates paragraphs
     */
    List<Span> find(String text, List<int[]> sentences) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        int prevEnd = -1;
        for (int[] s : sentences) {
            int from = s[0];
            boolean paragraphBreak = prevEnd >= 0 && text.substring(prevEnd, s[0]).indexOf('\n') >= 0;
            if (paragraphBreak && open >= 0) {
                int first = firstNonSpace(text, s[0], s[1]);
                if (first >= 0 && isMark(text, first) && role(text, first, false) == Role.OPEN) {
                    from = first + 1;
                } else {
                    add(out, text, new Span(open, prevEnd, false));
                    open = -1;
                }
            }
            for (int i = from; i < s[1]; i++) {
                if (!isMark(text, i)) {
                    continue;
                }
                Role r = role(text, i, open >= 0);
                if (r == Role.OPEN) {
                    if (open >= 0) {
                        add(out, text, new Span(open, i, false));
                    }
                    open = i;
                } else if (r == Role.CLOSE && open >= 0) {
                    add(out, text, new Span(open, i, true));
                    open = -1;
                }
            }
            prevEnd = s[1];
        }
        if (open >= 0) {
            add(out, text, new Span(open, prevEnd, false));
        }
        return out;
    }

    private static void add(List<Span> out, String text, Span span) {
        for (int i = span.open() + 1; i < span.close(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                out.add(span);
                return;
            }
        }
    }

    private boolean isMark(String text, int i) {
        return isMark(text.charAt(i));
    }

    private Role role(String text, int i, boolean inside) {
        char prev = i > 0 ? text.charAt(i - 1) : ' ';
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        boolean canOpen = (Character.isWhitespace(prev) || "([{—–-/".indexOf(prev) >= 0 || i > 0 && isMark(text, i - 1))
                && !Character.isWhitespace(next) && !isClosingPunct(next);
        boolean canClose = !Character.isWhitespace(prev) && "([{—–-/".indexOf(prev) < 0
                && (Character.isWhitespace(next) || isClosingPunct(next) || (i + 1 < text.length() && isMark(text, i + 1)));
        if (canOpen && !canClose) {
            return Role.OPEN;
        }
        if (canClose && !canOpen) {
            return Role.CLOSE;
        }
        String glyph = String.valueOf(text.charAt(i));
        if (lexicon.openingMarks().contains(glyph)) {
            return Role.OPEN;
        }
        if (lexicon.closingMarks().contains(glyph)) {
            return Role.CLOSE;
        }
        return inside ? Role.CLOSE : Role.OPEN;
    }

    private static boolean isClosingPunct(char c) {
        return ".,;:!?)]}…—–".indexOf(c) >= 0;
    }

    private static int firstNonSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
