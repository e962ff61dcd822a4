package dev.crosscheck.compare;

import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.extract.PersonMention;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.resolve.Person;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.rules.ComparisonKind;
import dev.crosscheck.rules.Lexicon;
import dev.crosscheck.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Names whose family name is misplaced: a person called by the given name alone as if it were
 * the surname ("talked to Gang" for Qin Gang), or one name written in two word orders ("Xi
 * Jinping" / "Jinping Xi"). Which word is the family name is lexicon data
 * (lexicon/names.yaml: name-order): a listed family name wherever it stands, else the first
 * word for people of a family-name-first country; names where neither applies are left alone.
 * People are blocked by resolved person and by the set of their name's words.
 */
final class NameOrderComparison implements Comparison {

    /** This class's mechanism: {@code name-order}. */
    static final ComparisonMechanism MECHANISM = ComparisonMechanism.of(
            ComparisonKind.NAME_ORDER,
            "a family name misplaced: given name alone, or words in another order", List.of(),
            (r, rules) -> new NameOrderComparison(r, rules.lexicon()));

    private final Emitter emitter;
    private final Lexicon.NameOrder order;

    NameOrderComparison(RuleDefinition rule, Lexicon lexicon) {
        new Params(rule, MECHANISM);
        this.emitter = new Emitter(rule, Set.of(), Set.of("problem", "family"));
        this.order = lexicon.names().nameOrder();
    }

    @Override
    public String ruleId() {
        return emitter.rule().id();
    }

    private record Use(int article, PersonMention mention) {
    }

    /**
     * Index of the family name among {@code words}, or -1 when the lexicon does not tell: the one
     * listed family name wherever it stands ("Viktor Orbán", "Qin Gang"), except a name that is
     * also a Western given name standing before another word of the name outside a
     * family-name-first country ("Kim Harlow", "Sheriff Lee Baca"); else the first word for a
     * family-name-first country.
     */
    int familyIndex(List<String> words, Optional<String> country) {
        boolean familyFirst = familyFirst(country);
        List<Integer> listed = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            // a Western given name before another word of the name: "Kim Harlow", "Sheriff Lee Baca"
            boolean givenFirst = i < words.size() - 1 && !familyFirst && order.alsoGivenNames().contains(w);
            if (order.familyNames().contains(w) && !givenFirst) {
                listed.add(i);
            }
        }
        if (listed.size() == 1) {
            return listed.get(0);
        }
        return familyFirst && words.size() >= 2 ? 0 : -1;
    }

    /** Whether people of the country write the family name first (lexicon/names.yaml). */
    private boolean familyFirst(Optional<String> country) {
        return country.map(order.familyFirstCountries()::contains).orElse(false);
    }

    @Override
    public List<Finding> compare(ResolvedCorpus corpus) {
        Map<Integer, List<Use>> full = new TreeMap<>();
        Map<Integer, List<Use>> single = new TreeMap<>();
        for (int ai = 0; ai < corpus.articles().size(); ai++) {
            ArticleClaims a = corpus.articles().get(ai);
            for (int i = 0; i < a.persons().size(); i++) {
                PersonMention m = a.persons().get(i);
                int p = corpus.personOf().get(ai)[i];
                if (p < 0 || m.roleOnly()) {
                    continue;
                }
                (m.fullName() ? full : single).computeIfAbsent(p, k -> new ArrayList<>()).add(new Use(ai, m));
            }
        }
        List<Finding> out = new ArrayList<>();
        givenNamesAlone(corpus, full, single, out);
        wordOrders(corpus, full, out);
        return out;
    }

    /** "talked to Gang": a one-word mention that is the person's given name. */
    private void givenNamesAlone(ResolvedCorpus corpus, Map<Integer, List<Use>> full, Map<Integer, List<Use>> single,
                                 List<Finding> out) {
        for (Map.Entry<Integer, List<Use>> e : single.entrySet()) {
            Person person = corpus.persons().get(e.getKey());
            List<String> words = Arrays.asList(person.name().split(" "));
            int family = familyIndex(words, person.country());
            List<Use> fulls = full.get(e.getKey());
            if (family < 0 || fulls == null) {
                continue;
            }
            boolean familyFirst = familyFirst(person.country());
            boolean familyAlone = e.getValue().stream()
                    .anyMatch(u -> u.mention().nameWords().get(0).equalsIgnoreCase(words.get(family)));
            Map<String, Use> firstPerArticleAndWord = new LinkedHashMap<>();
            for (Use u : e.getValue()) {
                String word = u.mention().nameWords().get(0);
                for (int i = 0; i < words.size(); i++) {
                    // the last word alone is how Western copy names anyone ("Cheeks" for Mo
                    // Cheeks): a slip only for a family-name-first person, or where the family
                    // name is used alone too ("Qin" ... "Gang")
                    boolean westernSurname = i == words.size() - 1 && !familyFirst && !familyAlone;
                    if (i != family && !westernSurname && words.get(i).equalsIgnoreCase(word)) {
                        firstPerArticleAndWord.putIfAbsent(u.article() + "|" + word.toLowerCase(Locale.ROOT), u);
                    }
                }
            }
            for (Use u : firstPerArticleAndWord.values()) {
                Use partner = fulls.get(0);
                for (Use f : fulls) {
                    if (f.article() == u.article()) {
                        partner = f;
                        break;
                    }
                }
                String word = u.mention().nameWords().get(0);
                out.add(emitter.emit(emitter.rule().severity(), person.name(), side(u, person), side(partner, person),
                        Map.of("family", words.get(family), "problem", "\"" + word + "\" is the given name, not the "
                                + "family name (" + words.get(family) + ")")));
            }
        }
    }

    /** "Jinping Xi" and "Xi Jinping": two people whose names have the same words in another order. */
    private void wordOrders(ResolvedCorpus corpus, Map<Integer, List<Use>> full, List<Finding> out) {
        Map<String, List<Integer>> byWords = new TreeMap<>();
        for (Integer p : full.keySet()) {
            String[] words = corpus.persons().get(p).name().toLowerCase(Locale.ROOT).split(" ");
            Arrays.sort(words);
            byWords.computeIfAbsent(String.join(" ", words), k -> new ArrayList<>()).add(p);
        }
        for (List<Integer> block : byWords.values()) {
            if (block.size() < 2) {
                continue;
            }
            // the canonical order: the most used, then the one with the family name first
            Integer canonical = null;
            int family = -1;
            for (Integer p : block) {
                Person person = corpus.persons().get(p);
                int f = familyIndex(Arrays.asList(person.name().split(" ")), person.country());
                if (canonical == null || full.get(p).size() > full.get(canonical).size()
                        || full.get(p).size() == full.get(canonical).size() && f == 0) {
                    canonical = p;
                    family = f;
                }
            }
            if (family < 0) {
                continue;
            }
            Person c = corpus.persons().get(canonical);
            String familyName = c.name().split(" ")[family];
            for (Integer p : block) {
                if (!p.equals(canonical)) {
                    out.add(emitter.emit(emitter.rule().severity(), c.name(), side(full.get(p).get(0), c),
                            side(full.get(canonical).get(0), c), Map.of("family", familyName,
                                    "problem", "the same name in another word order (" + familyName
                                            + " is the family name)")));
                }
            }
        }
    }

    private static Side side(Use u, Person person) {
        return Side.of(u.mention().anchor(), u.mention().anchor().text(), person.name(), Map.of());
    }
}
