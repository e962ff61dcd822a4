package dev.crosscheck.compare;

import dev.crosscheck.extract.QuoteWord;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Word-level alignment of two renderings of a quote: the longest common subsequence of their
 * words (equal when the lower-case forms or the lemmas agree), trimmed to the stretch between
 * the first and last shared content word, so a fragment aligns with the part of a longer quote
 * it renders. What lies between shared words inside that stretch are the differences (hunks);
 * outside it only a substitution of a few words counts (a changed last word), because a
 * fragment simply stops, or skips, where the other quote goes on.
 */
final class QuoteAlignment {

    /** A difference: words of side a replaced by words of side b (either may be empty). */
    record Hunk(List<QuoteWord> a, List<QuoteWord> b) {
    }

    /**
     * @param shared   content words both sides share
     * @param contentA content words of side a inside the aligned stretch
     * @param contentB content words of side b inside the aligned stretch
     * @param regionA  the aligned stretch of side a
     * @param regionB  the aligned stretch of side b
     * @param hunks    the differences, in order
     */
    record Result(int shared, int contentA, int contentB, List<QuoteWord> regionA, List<QuoteWord> regionB,
                  List<Hunk> hunks) {

        /** The smaller of the two shares of shared content words. */
        double overlap() {
            if (contentA == 0 || contentB == 0) {
                return 0;
            }
            return Math.min((double) shared / contentA, (double) shared / contentB);
        }
    }

    private QuoteAlignment() {
    }

    static boolean same(QuoteWord x, QuoteWord y) {
        return x.lower().equals(y.lower()) || !x.lemma().isEmpty() && x.lemma().equals(y.lemma());
    }

    /**
     * @param content  which words carry content (not function words)
     * @param maxEdge  how many words beyond the shared stretch are compared when both sides have them
     */
    static Result align(List<QuoteWord> a, List<QuoteWord> b, Predicate<QuoteWord> content, int maxEdge) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0, j = 0; i < n && j < m; ) {
            if (same(a.get(i), b.get(j))) {
                pairs.add(new int[] {i, j});
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        int first = 0;
        while (first < pairs.size() && !content.test(a.get(pairs.get(first)[0]))) {
            first++;
        }
        int last = pairs.size() - 1;
        while (last >= first && !content.test(a.get(pairs.get(last)[0]))) {
            last--;
        }
        if (first > last) {
            return new Result(0, 0, 0, List.of(), List.of(), List.of());
        }
        // the stretch grows over shared function words close by ("We will [not] raise")
        while (first > 0 && gap(pairs.get(first - 1), pairs.get(first)) <= maxEdge) {
            first--;
        }
        while (last < pairs.size() - 1 && gap(pairs.get(last), pairs.get(last + 1)) <= maxEdge) {
            last++;
        }
        List<Hunk> hunks = new ArrayList<>();
        // beyond the first shared word: a substitution of at most maxEdge words
        int lead = Math.min(pairs.get(0)[0], pairs.get(0)[1]);
        if (lead > 0 && lead <= maxEdge) {
            fringe(hunks, a.subList(pairs.get(0)[0] - lead, pairs.get(0)[0]),
                    b.subList(pairs.get(0)[1] - lead, pairs.get(0)[1]), maxEdge);
        }
        int shared = 0;
        for (int p = 0; p < pairs.size(); p++) {
            int[] pair = pairs.get(p);
            if (p > 0) {
                int[] prev = pairs.get(p - 1);
                if (pair[0] > prev[0] + 1 || pair[1] > prev[1] + 1) {
                    List<QuoteWord> x = a.subList(prev[0] + 1, pair[0]);
                    List<QuoteWord> y = b.subList(prev[1] + 1, pair[1]);
                    if (p > first && p <= last) {
                        hunks.add(new Hunk(x, y));
                    } else {
                        fringe(hunks, x, y, maxEdge);
                    }
                }
            }
            QuoteWord x = a.get(pair[0]);
            QuoteWord y = b.get(pair[1]);
            if (content.test(x) && p >= first && p <= last) {
                shared++;
            }
            if (!x.lower().equals(y.lower())) {
                hunks.add(new Hunk(List.of(x), List.of(y)));
            }
        }
        int[] end = pairs.get(pairs.size() - 1);
        int tail = Math.min(n - end[0] - 1, m - end[1] - 1);
        if (tail > 0 && tail <= maxEdge) {
            fringe(hunks, a.subList(end[0] + 1, end[0] + 1 + tail), b.subList(end[1] + 1, end[1] + 1 + tail),
                    maxEdge);
        }
        List<QuoteWord> regionA = a.subList(pairs.get(first)[0], pairs.get(last)[0] + 1);
        List<QuoteWord> regionB = b.subList(pairs.get(first)[1], pairs.get(last)[1] + 1);
        return new Result(shared, count(regionA, content), count(regionB, content), List.copyOf(regionA),
                List.copyOf(regionB), List.copyOf(hunks));
    }

    /**
     * Outside the shared stretch a fragment may simply stop, so only a substitution of a few
     * words counts ("honesty" / "sincerity" as the last word), never words one side adds.
     */
    private static void fringe(List<Hunk> hunks, List<QuoteWord> x, List<QuoteWord> y, int maxEdge) {
        if (x.isEmpty() || y.isEmpty() || x.size() > maxEdge || y.size() > maxEdge) {
            return;
        }
        hunks.add(new Hunk(List.copyOf(x), List.copyOf(y)));
    }

    private static int gap(int[] prev, int[] next) {
        return Math.max(next[0] - prev[0] - 1, next[1] - prev[1] - 1);
    }

    private static int count(List<QuoteWord> words, Predicate<QuoteWord> content) {
        int c = 0;
        for (QuoteWord w : words) {
            if (content.test(w)) {
                c++;
            }
        }
        return c;
    }
}
