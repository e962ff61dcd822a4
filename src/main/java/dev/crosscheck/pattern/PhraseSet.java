package dev.crosscheck.pattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Multi-word vocabulary matched on consecutive tokens' {@code on} attribute ("no one", "not a
 * single"), longest first, as spaCy's PhraseMatcher does.
 */
public record PhraseSet(Attribute on, List<List<String>> phrases) {

    public PhraseSet {
        List<List<String>> sorted = new ArrayList<>();
        for (List<String> p : phrases) {
            if (!p.isEmpty() && !sorted.contains(p)) {
                sorted.add(List.copyOf(p));
            }
        }
        sorted.sort(Comparator.comparingInt((List<String> p) -> -p.size()));
        phrases = List.copyOf(sorted);
    }

    /** The lengths of the phrases that start at token {@code i}, longest first (no repeats). */
    List<Integer> lengthsAt(TokenSequence t, int i) {
        List<Integer> out = new ArrayList<>();
        for (List<String> p : phrases) {
            if (i + p.size() > t.size() || out.contains(p.size())) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < p.size() && all; k++) {
                all = on.of(t, i + k).equals(p.get(k));
            }
            if (all) {
                out.add(p.size());
            }
        }
        return out;
    }
}
