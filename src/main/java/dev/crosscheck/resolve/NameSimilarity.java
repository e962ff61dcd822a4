package dev.crosscheck.resolve;

import dev.crosscheck.rules.Lexicon;
import dev.crosscheck.text.Similarity;
import dev.crosscheck.text.Similarity.TransliterationKey;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether two written words are spellings of one word ("Antony"/"Anthony",
 * "Uighur"/"Uyghur") by edit distance and transliteration key, with thresholds from the
 * lexicon. No lexicon entry names any particular pair.
 */
public final class NameSimilarity {

    private final TransliterationKey translit;
    private final Lexicon.Variants limits;

    public NameSimilarity(Lexicon.Names names) {
        this.translit = new TransliterationKey(names.transliteration());
        this.limits = names.variants();
    }

    /** True when the two words differ but are spellings of one word. */
    public boolean variant(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y)) {
            return false;
        }
        if (x.replace("-", "").equals(y.replace("-", ""))) {
            return true;
        }
        if (Math.min(x.length(), y.length()) < limits.minLength()) {
            return false;
        }
        if (Similarity.isSuffixExtension(x, y, limits.maxSuffix())) {
            // "America"/"American" is morphology, but "Zelensky"/"Zelenskyy" doubles a letter
            return doubledLastLetter(x, y) || doubledLastLetter(y, x);
        }
        if (sameStem(x, y)) {
            // "Democrats" / "Democratic": one stem with two endings of the lexicon's morphology
            return false;
        }
        if (translit.key(x).equals(translit.key(y))) {
            return true;
        }
        int max = Math.min(x.length(), y.length()) >= limits.longWordLength()
                ? limits.longWordMaxDistance() : limits.maxDistance();
        return Similarity.distance(x, y, max) <= max;
    }

    /** Whether the two words are one stem with different morphology endings (or one with none). */
    private boolean sameStem(String x, String y) {
        Set<String> ys = stems(y);
        return stems(x).stream().anyMatch(ys::contains);
    }

    /** The word, and the word without each morphology ending it has, where at least min-length letters stay. */
    private Set<String> stems(String w) {
        Set<String> out = new HashSet<>();
        out.add(w);
        for (String s : limits.morphologySuffixes()) {
            if (w.endsWith(s) && w.length() - s.length() >= limits.minLength()) {
                out.add(w.substring(0, w.length() - s.length()));
            }
        }
        return out;
    }

    /** {@code longer} is {@code shorter} with its last letter written twice. */
    private static boolean doubledLastLetter(String shorter, String longer) {
        return longer.length() == shorter.length() + 1 && longer.startsWith(shorter)
                && longer.charAt(longer.length() - 1) == shorter.charAt(shorter.length() - 1);
    }

    /** The most edits two spellings of a word of {@code length} letters may differ by. */
    public int allowedDistance(int length) {
        return length >= limits.longWordLength() ? limits.longWordMaxDistance() : limits.maxDistance();
    }

    /** A blocking key under which variants of a word are likely to meet. */
    public String key(String word) {
        return translit.key(word.toLowerCase(Locale.ROOT));
    }
}
