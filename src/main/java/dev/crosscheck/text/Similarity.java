package dev.crosscheck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Spelling comparison of single words: edit distance, transliteration keys and suffix extension.
 * These tell a misspelled or differently transliterated name ("Antony"/"Anthony") from a different
 * word and from a derived form ("America"/"American").
 */
public final class Similarity {

    private Similarity() {
    }

    /**
     * Optimal-string-alignment distance: the fewest insertions, deletions, substitutions and
     * transpositions of adjacent characters that turn {@code a} into {@code b}, where no substring is
     * edited twice (so "ca" to "abc" is 3, not 2). Compares code points, case-sensitively.
     *
     * @param a   first word
     * @param b   second word
     * @param max the largest distance of interest, at least 0
     * @return the distance if it is at most {@code max}, otherwise {@code max + 1}; stops computing as
     *         soon as the distance must exceed {@code max}
     * @throws IllegalArgumentException if {@code max} is negative
     */
    public static int distance(String a, String b, int max) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative: " + max);
        }
        int[] s = a.codePoints().toArray();
        int[] t = b.codePoints().toArray();
        if (Math.abs(s.length - t.length) > max) {
            return max + 1;
        }
        if (s.length == 0 || t.length == 0) {
            return Math.max(s.length, t.length);
        }

        int[] before = new int[t.length + 1];
        int[] previous = new int[t.length + 1];
        int[] row = new int[t.length + 1];
        for (int j = 0; j <= t.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= s.length; i++) {
            row[0] = i;
            int rowMin = row[0];
            for (int j = 1; j <= t.length; j++) {
                int cost = s[i - 1] == t[j - 1] ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1]) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                row[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            // Every alignment crosses this row; a transposition from two rows up costs no less than
            // the diagonal cell it skips, so a row entirely above max means the result is too.
            if (rowMin > max) {
                return max + 1;
            }
            int[] recycled = before;
            before = previous;
            previous = row;
            row = recycled;
        }
        int result = previous[t.length];
        return result > max ? max + 1 : result;
    }

    /**
     * Whether one word is the other plus 1 to {@code maxExtra} trailing characters, ignoring case:
     * "america"/"american", "taiwan"/"taiwanese" with {@code maxExtra} 3. Such pairs are usually
     * morphology rather than misspelling. An empty word extends nothing.
     *
     * @throws IllegalArgumentException if {@code maxExtra} is negative
     */
    public static boolean isSuffixExtension(String a, String b, int maxExtra) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (maxExtra < 0) {
            throw new IllegalArgumentException("maxExtra must not be negative: " + maxExtra);
        }
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (shorter.isEmpty() || !longer.startsWith(shorter)) {
            return false;
        }
        int extra = longer.codePointCount(shorter.length(), longer.length());
        return extra >= 1 && extra <= maxExtra;
    }

    /**
     * A spelling-insensitive key: words that differ only by transliteration get the same key.
     * The word is lower-cased, the caller's regular-expression replacements are applied in order,
     * then every run of one repeated letter is collapsed to a single letter. With the replacements
     * th→t, ph→f, y→i and ou→u, "Anthony" and "Antony" share a key, as do "Uighur" and "Uyghur".
     *
     * <p>Instances are immutable and thread-safe.
     */
    public static final class TransliterationKey {

        private final List<BoundedRegex> patterns;
        private final List<String> replacements;

        /**
         * @param replacements ordered pairs of a Java regular expression and its replacement
         *                     ({@code $1} refers to a group), applied to the lower-cased word
         * @throws java.util.regex.PatternSyntaxException if an expression is invalid
         */
        public TransliterationKey(List<Map.Entry<String, String>> replacements) {
            Objects.requireNonNull(replacements, "replacements");
            List<BoundedRegex> p = new ArrayList<>(replacements.size());
            List<String> r = new ArrayList<>(replacements.size());
            for (Map.Entry<String, String> e : replacements) {
                Objects.requireNonNull(e, "replacement");
                String regex = Objects.requireNonNull(e.getKey(), "regex");
                p.add(new BoundedRegex(Pattern.compile(regex), "names.yaml transliteration"));
                r.add(Objects.requireNonNull(e.getValue(), "replacement"));
            }
            this.patterns = List.copyOf(p);
            this.replacements = List.copyOf(r);
        }

        /** The key of one word; equal keys mean the spellings are transliteration variants. */
        public String key(String word) {
            Objects.requireNonNull(word, "word");
            String s = word.toLowerCase(Locale.ROOT);
            for (int i = 0; i < patterns.size(); i++) {
                s = patterns.get(i).replaceAll(s, replacements.get(i));
            }
            return collapseRepeatedLetters(s);
        }

        private static String collapseRepeatedLetters(String s) {
            StringBuilder out = new StringBuilder(s.length());
            int previous = -1;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                if (cp != previous || !Character.isLetter(cp)) {
                    out.appendCodePoint(cp);
                }
                previous = cp;
                i += Character.charCount(cp);
            }
            return out.toString();
        }
    }
}
