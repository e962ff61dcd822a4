package dev.crosscheck.compare;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two sentences of two articles restate one report ("Police said 12 people were injured
 * in the riots" / "Police said 18 people had been injured in the violence"): they share at least
 * {@code overlap} of the shorter one's content words, and at least {@code minWords} of them.
 * Content words are lower-case words of three letters or more that are not function words;
 * numbers and the words a comparison itself looks at (weekday names) are left out.
 */
final class Restatement {

    private final double overlap;
    private final int minWords;
    private final Set<String> ignored;
    private final Set<String> notShared;

    /** @param ignored function words and any other words that do not tell two sentences apart */
    Restatement(double overlap, int minWords, Set<String> ignored) {
        this(overlap, minWords, ignored, Set.of());
    }

    /**
     * @param ignored   function words and any other words that do not tell two sentences apart
     * @param notShared content words that two sentences sharing them need not restate one report
     *                  for ("dead", "wounded" for figures compared on them): they count in a
     *                  sentence's length, never as shared
     */
    Restatement(double overlap, int minWords, Set<String> ignored, Set<String> notShared) {
        this.overlap = overlap;
        this.minWords = minWords;
        this.ignored = Set.copyOf(ignored);
        this.notShared = Set.copyOf(notShared);
    }

    Set<String> contentWords(String sentence) {
        Set<String> out = new HashSet<>();
        for (String w : words(sentence)) {
            if (w.length() >= 3 && !ignored.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Whether the sentence holds one of {@code words} (lower case), as a word of its own ("GMT"). */
    static boolean namesAny(String sentence, Set<String> words) {
        return Arrays.stream(words(sentence)).anyMatch(words::contains);
    }

    /** The sentence's runs of letters, lower case. */
    private static String[] words(String sentence) {
        return sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    }

    boolean restated(Set<String> a, Set<String> b) {
        return restated(a, b, Set.of());
    }

    /**
     * @param alsoNotShared words of this pair that, like {@code notShared}, count in a sentence's
     *                      length but never as shared: the noun two counts of it are compared on
     *                      ("eight pirates" / "23 pirates")
     */
    boolean restated(Set<String> a, Set<String> b, Set<String> alsoNotShared) {
        int shared = 0;
        for (String w : a) {
            if (b.contains(w) && !notShared.contains(w) && !alsoNotShared.contains(w)) {
                shared++;
            }
        }
        return shared >= minWords && shared >= overlap * Math.min(a.size(), b.size());
    }
}
