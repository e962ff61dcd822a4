package dev.crosscheck.resolve;

import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.extract.ProperWord;
import dev.crosscheck.rules.Lexicon;
import dev.crosscheck.text.UnionFind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups articles into stories: two articles are linked when they share enough names (resolved
 * people and other proper words), and a story is a connected group. Names found in too many
 * articles are ignored, which keeps the work proportional to the number of names (each name
 * links at most {@code maxNameArticles} articles) rather than to the square of the corpus.
 */
final class StoryClusterer {

    private final Lexicon.Stories params;
    private final StoryTime time;

    StoryClusterer(Lexicon.Stories params) {
        this.params = params;
        this.time = new StoryTime(params);
    }

    /** For each article, its story: the index of the story's first article. */
    List<Integer> cluster(List<ArticleClaims> articles, List<int[]> personOf) {
        int n = articles.size();
        int[] nameCount = new int[n];
        List<List<String>> namesOf = new ArrayList<>(n);
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Set<String> keys = names(articles.get(i), personOf.get(i));
            nameCount[i] = keys.size();
            namesOf.add(List.copyOf(keys));
            for (String k : keys) {
                postings.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        UnionFind sets = new UnionFind(n);
        // for each article, count the names it shares with every later article, through the
        // postings of its names (an array of counters, reset after each article)
        int[] shared = new int[n];
        int[] touched = new int[n];
        for (int a = 0; a < n; a++) {
            int touchedCount = 0;
            for (String k : namesOf.get(a)) {
                List<Integer> docs = postings.get(k);
                if (docs.size() < 2 || docs.size() > params.maxNameArticles()) {
                    continue;
                }
                for (int b : docs) {
                    if (b > a && shared[b]++ == 0) {
                        touched[touchedCount++] = b;
                    }
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                int b = touched[t];
                int common = shared[b];
                shared[b] = 0;
                int smaller = Math.min(nameCount[a], nameCount[b]);
                // a short text with a single name ("40 died in Ostra") links by that name alone
                if (common >= Math.min(params.minShared(), smaller) && common >= params.minOverlap() * smaller
                        && time.compatible(articles.get(a), articles.get(b))) {
                    sets.union(a, b);
                }
            }
        }
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(sets.find(i));
        }
        return List.copyOf(out);
    }

    /** People by id, other proper words by their lower-case form. */
    private static Set<String> names(ArticleClaims a, int[] personOf) {
        Set<String> keys = new TreeSet<>();
        for (int m = 0; m < personOf.length; m++) {
            if (personOf[m] >= 0) {
                keys.add("person:" + personOf[m]);
            }
        }
        for (ProperWord w : a.properWords()) {
            if (!w.acronym() && (w.person() < 0 || personOf[w.person()] < 0)) {
                keys.add("word:" + w.word().toLowerCase(Locale.ROOT));
            }
        }
        return keys;
    }


}
