package dev.crosscheck.resolve;

import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.extract.PersonMention;
import dev.crosscheck.text.UnionFind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Resolves person mentions to people. Full names across the corpus are merged when every
 * word matches or is a spelling variant ("Antony Blinken"/"Anthony Blinken"); "Chen Gang" and
 * "Qin Gang" stay two people. A surname alone links to the full name it belongs to in the same
 * article; a role with a country ("the Chinese President") links to the one person holding it.
 * Names are compared only within blocks that share a word, so cost grows with the number of
 * distinct names, not its square.
 */
public final class PersonResolver {

    private final NameSimilarity names;

    public PersonResolver(NameSimilarity names) {
        this.names = names;
    }

    /** Result: the people, and for each article the person id of each mention (-1 if none). */
    public record People(List<Person> persons, List<int[]> personOf) {
    }

    public People resolve(List<ArticleClaims> articles) {
        // 1. distinct full names and how often each spelling is used
        Map<String, Integer> keyIndex = new TreeMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (ArticleClaims a : articles) {
            for (PersonMention m : a.persons()) {
                if (m.fullName()) {
                    String key = key(m.nameWords());
                    keyIndex.putIfAbsent(key, 0);
                    spellings.computeIfAbsent(key, k -> new TreeMap<>()).merge(m.name(), 1, Integer::sum);
                }
            }
        }
        List<String> keys = new ArrayList<>(keyIndex.keySet());
        for (int i = 0; i < keys.size(); i++) {
            keyIndex.put(keys.get(i), i);
        }
        UnionFind sets = new UnionFind(keys.size());
        // 2. merge spellings of one name, comparing only names that share a word
        Map<String, List<Integer>> blocks = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            for (String w : new LinkedHashSet<>(Arrays.asList(keys.get(i).split(" ")))) {
                blocks.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    if (samePerson(keys.get(block.get(x)), keys.get(block.get(y)))) {
                        sets.union(block.get(x), block.get(y));
                    }
                }
            }
        }
        // 3. one person per cluster, in order of canonical name
        Map<Integer, List<Integer>> clusters = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            clusters.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
        }
        List<String> canonical = new ArrayList<>();
        List<List<String>> forms = new ArrayList<>();
        for (List<Integer> cluster : clusters.values()) {
            Map<String, Integer> counts = new TreeMap<>();
            for (int k : cluster) {
                spellings.get(keys.get(k)).forEach((s, c) -> counts.merge(s, c, Integer::sum));
            }
            String best = null;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (best == null || e.getValue() > counts.get(best)) {
                    best = e.getKey();
                }
            }
            canonical.add(best);
            forms.add(List.copyOf(counts.keySet()));
        }
        Integer[] order = new Integer[canonical.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> canonical.get(x).compareTo(canonical.get(y)));
        int[] clusterToPerson = new int[canonical.size()];
        for (int p = 0; p < order.length; p++) {
            clusterToPerson[order[p]] = p;
        }
        int[] keyToPerson = new int[keys.size()];
        int c = 0;
        for (List<Integer> cluster : clusters.values()) {
            for (int k : cluster) {
                keyToPerson[k] = clusterToPerson[c];
            }
            c++;
        }
        // 4. link every mention
        List<int[]> personOf = new ArrayList<>();
        for (ArticleClaims a : articles) {
            int[] of = new int[a.persons().size()];
            Arrays.fill(of, -1);
            for (int i = 0; i < of.length; i++) {
                PersonMention m = a.persons().get(i);
                if (m.fullName()) {
                    of[i] = keyToPerson[keyIndex.get(key(m.nameWords()))];
                }
            }
            personOf.add(of);
        }
        List<List<String>> personWords = new ArrayList<>();
        for (int p = 0; p < order.length; p++) {
            personWords.add(List.of());
        }
        for (int k = 0; k < keys.size(); k++) {
            List<String> ws = new ArrayList<>(personWords.get(keyToPerson[k]));
            ws.addAll(Arrays.asList(keys.get(k).split(" ")));
            personWords.set(keyToPerson[k], ws);
        }
        Map<String, Set<Integer>> peopleWithWord = new HashMap<>();
        for (int p = 0; p < personWords.size(); p++) {
            for (String w : personWords.get(p)) {
                peopleWithWord.computeIfAbsent(w, k -> new TreeSet<>()).add(p);
            }
        }
        for (int ai = 0; ai < articles.size(); ai++) {
            linkSingleNames(articles.get(ai), personOf.get(ai), peopleWithWord);
        }
        List<Optional<String>> countries = countries(articles, personOf, order.length);
        List<Person> persons = new ArrayList<>();
        for (int p = 0; p < order.length; p++) {
            persons.add(new Person(p, canonical.get(order[p]), forms.get(order[p]), countries.get(p)));
        }
        // holders of each office in the whole corpus, indexed once: role-only mentions, the only
        // ones linkRoles links, are never holders themselves
        Map<String, Set<Integer>> corpusHolders = holders(articles, personOf, persons);
        for (int ai = 0; ai < articles.size(); ai++) {
            linkRoles(articles.get(ai), personOf.get(ai), corpusHolders, persons);
        }
        return new People(List.copyOf(persons), List.copyOf(personOf));
    }

    private boolean samePerson(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length != y.length) {
            // "Hossein Amir-Abdollahian" / "Hossein Amirabdollahian": one name, its words joined
            // differently (keys read hyphens as spaces)
            return a.replace(" ", "").equals(b.replace(" ", "")) && x[0].equals(y[0]);
        }
        boolean anyEqual = false;
        for (int i = 0; i < x.length; i++) {
            if (x[i].equals(y[i])) {
                anyEqual = true;
            } else if (!names.variant(x[i], y[i])) {
                return false;
            }
        }
        return anyEqual;
    }

    /** "Chen had accepted": a one-word name links to the full name containing it. */
    private static void linkSingleNames(ArticleClaims a, int[] of, Map<String, Set<Integer>> peopleWithWord) {
        List<PersonMention> ms = a.persons();
        for (int i = 0; i < ms.size(); i++) {
            PersonMention m = ms.get(i);
            if (m.nameWords().size() != 1) {
                continue;
            }
            String w = m.nameWords().get(0).toLowerCase(Locale.ROOT);
            int best = -1;
            // the nearest full name before it, else the first after it, in the same article
            for (int j = 0; j < ms.size(); j++) {
                if (of[j] < 0 || !ms.get(j).fullName() || !containsWord(ms.get(j), w)) {
                    continue;
                }
                if (j < i || best < 0) {
                    best = of[j];
                }
                if (j > i) {
                    break;
                }
            }
            if (best < 0) {
                Set<Integer> candidates = peopleWithWord.getOrDefault(w, Set.of());
                if (candidates.size() == 1) {
                    best = candidates.iterator().next();
                }
            }
            of[i] = best;
        }
    }

    private static boolean containsWord(PersonMention m, String lowerWord) {
        for (String w : m.nameWords()) {
            if (w.toLowerCase(Locale.ROOT).equals(lowerWord)) {
                return true;
            }
        }
        return false;
    }

    /** A person's country when their titled mentions agree on one. */
    private static List<Optional<String>> countries(List<ArticleClaims> articles, List<int[]> personOf, int n) {
        List<Set<String>> seen = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            seen.add(new TreeSet<>());
        }
        for (int ai = 0; ai < articles.size(); ai++) {
            List<PersonMention> ms = articles.get(ai).persons();
            for (int i = 0; i < ms.size(); i++) {
                int p = personOf.get(ai)[i];
                if (p >= 0 && ms.get(i).country().isPresent()) {
                    seen.get(p).add(ms.get(i).country().get());
                }
            }
        }
        List<Optional<String>> out = new ArrayList<>();
        for (Set<String> s : seen) {
            out.add(s.size() == 1 ? Optional.of(s.iterator().next()) : Optional.empty());
        }
        return out;
    }

    /** "the Chinese President": the one person with that office and country, in the article or else the corpus. */
    private static void linkRoles(ArticleClaims a, int[] of, Map<String, Set<Integer>> corpusHolders,
                                  List<Person> persons) {
        Map<String, Set<Integer>> local = null;
        for (int i = 0; i < of.length; i++) {
            PersonMention m = a.persons().get(i);
            if (!m.roleOnly() || m.office().isEmpty() || m.country().isEmpty()) {
                continue;
            }
            if (local == null) {
                local = holders(List.of(a), List.of(of), persons);
            }
            String key = m.office().get() + "|" + m.country().get();
            Set<Integer> here = local.getOrDefault(key, Set.of());
            Set<Integer> pick = here.isEmpty() ? corpusHolders.getOrDefault(key, Set.of()) : here;
            if (pick.size() == 1) {
                of[i] = pick.iterator().next();
            }
        }
    }

    /** office|country → people named as holding it (not former) in {@code articles}. */
    private static Map<String, Set<Integer>> holders(List<ArticleClaims> articles, List<int[]> personOf,
                                                     List<Person> persons) {
        Map<String, Set<Integer>> out = new HashMap<>();
        for (int ai = 0; ai < articles.size(); ai++) {
            List<PersonMention> ms = articles.get(ai).persons();
            for (int i = 0; i < ms.size(); i++) {
                PersonMention m = ms.get(i);
                int p = personOf.get(ai)[i];
                if (p < 0 || m.roleOnly() || m.former() || m.office().isEmpty()) {
                    continue;
                }
                Optional<String> c = m.country().or(() -> persons.get(p).country());
                if (c.isPresent()) {
                    out.computeIfAbsent(m.office().get() + "|" + c.get(), k -> new TreeSet<>()).add(p);
                }
            }
        }
        return out;
    }

    /** Lower case with hyphens as spaces: "Kim Jong-Un" and "Kim Jong Un" are one name written in two styles. */
    private static String key(List<String> words) {
        return String.join(" ", words).toLowerCase(Locale.ROOT).replace('-', ' ').replace('‐', ' ')
                .replaceAll(" +", " ").strip();
    }


}
