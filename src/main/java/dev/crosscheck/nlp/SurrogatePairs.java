package dev.crosscheck.nlp;

import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * The models cut text by {@code char}, so a span can end between the two halves of a character
 * outside the Basic Multilingual Plane (an emoji, a rare CJK character); half a character is not
 * text and cannot be written as UTF-8. Spans are widened to whole characters and spans that then
 * overlap are merged into one.
 */
final class SurrogatePairs {

    private SurrogatePairs() {
    }

    /** {@code spans} over {@code text}, in order, none starting or ending inside a surrogate pair. */
    static List<Span> whole(CharSequence text, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int start = s.getStart();
            int end = s.getEnd();
            if (splitsPair(text, start)) {
                start--;
            }
            if (splitsPair(text, end)) {
                end++;
            }
            Span prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && start < prev.getEnd()) {
                out.set(out.size() - 1, new Span(prev.getStart(), Math.max(prev.getEnd(), end)));
            } else {
                out.add(new Span(start, end));
            }
        }
        return out;
    }

    /** Whether offset {@code i} falls between a high and a low surrogate. */
    static boolean splitsPair(CharSequence text, int i) {
        return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
                && Character.isLowSurrogate(text.charAt(i));
    }
}
