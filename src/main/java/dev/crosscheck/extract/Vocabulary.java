package dev.crosscheck.extract;

import dev.crosscheck.nlp.Token;
import dev.crosscheck.rules.Lexicon;
import dev.crosscheck.rules.Lexicon.Country;
import dev.crosscheck.rules.Lexicon.CountryForm;
import dev.crosscheck.rules.Lexicon.HedgeKind;
import dev.crosscheck.rules.Lexicon.Office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lexicon phrases indexed for matching on token sequences: countries, titles, hedges, places.
 * Built once per rule set; immutable and shared by all extractor threads.
 */
final class Vocabulary {

    private record Form<V>(List<String> words, boolean caseSensitive, V value) {
    }

    private final Map<String, List<Form<String>>> countries = new HashMap<>();
    private final Map<String, List<Form<Office>>> titles = new HashMap<>();
    private final Map<String, List<Form<HedgeKind>>> hedges = new HashMap<>();
    private final Map<String, List<Form<Boolean>>> places = new HashMap<>();
    private final Map<String, Country> countryByCode = new HashMap<>();
    private final Set<String> titleWords = new HashSet<>();
    private final Set<String> calendarWords = new HashSet<>();
    private final Lexicon lexicon;
    private final Grammar grammar;

    Vocabulary(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.grammar = Grammar.of(lexicon);
        for (Country c : lexicon.countries()) {
            countryByCode.put(c.code(), c);
            for (CountryForm f : c.forms()) {
                add(countries, new Form<>(f.words(), f.caseSensitive(), c.code()));
            }
        }
        for (Office o : lexicon.offices().offices()) {
            for (List<String> f : o.forms()) {
                add(titles, new Form<>(f, false, o));
                titleWords.add(f.get(0));
            }
        }
        for (Map.Entry<List<String>, HedgeKind> h : lexicon.hedges().phrases().entrySet()) {
            add(hedges, new Form<>(h.getKey(), false, h.getValue()));
        }
        for (List<String> p : lexicon.names().places()) {
            add(places, new Form<>(p, false, Boolean.TRUE));
        }
        calendarWords.addAll(lexicon.calendar().months().keySet());
        calendarWords.addAll(lexicon.calendar().weekdays().keySet());
    }

    private static <V> void add(Map<String, List<Form<V>>> index, Form<V> form) {
        String first = form.caseSensitive() ? form.words().get(0) : form.words().get(0);
        index.computeIfAbsent(first.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(form);
    }

    /** The grammar words of {@code lexicon/grammar.yaml}. */
    Grammar grammar() {
        return grammar;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /** The longest country form starting at token {@code i}. */
    Optional<PhraseMatch<String>> countryAt(List<Token> tokens, int i) {
        return longest(countries, tokens, i, true);
    }

    /** The longest place name starting at token {@code i}. */
    Optional<PhraseMatch<Boolean>> placeAt(List<Token> tokens, int i) {
        return longest(places, tokens, i, true);
    }

    /** The longest hedge phrase starting at token {@code i}. */
    Optional<PhraseMatch<HedgeKind>> hedgeAt(List<Token> tokens, int i) {
        return longest(hedges, tokens, i, false);
    }

    /**
     * The longest title starting at token {@code i}; a country may stand between its words
     * ("chief Chinese diplomat"), and is then reported as the match's inner country.
     */
    Optional<PhraseMatch<Office>> titleAt(List<Token> tokens, int i) {
        List<Form<Office>> candidates = titles.get(tokens.get(i).lower());
        if (candidates == null) {
            return Optional.empty();
        }
        // "At 5 PM Xi Jinping met Blinken": a clock suffix after a figure is no title ("PM")
        if (i > 0 && lexicon.calendar().clockSuffixes().containsKey(tokens.get(i).lower())
                && Character.isDigit(tokens.get(i - 1).text().charAt(tokens.get(i - 1).text().length() - 1))) {
            return Optional.empty();
        }
        PhraseMatch<Office> best = null;
        for (Form<Office> f : candidates) {
            int j = i;
            String inner = null;
            boolean ok = true;
            for (int w = 0; w < f.words().size(); w++) {
                if (w > 0 && j + 1 < tokens.size() && isHyphen(tokens.get(j).text())) {
                    j++; // "Attorney - General" as the tokenizer splits "Attorney-General"
                }
                if (w > 0 && j < tokens.size()) {
                    Optional<PhraseMatch<String>> c = countryAt(tokens, j);
                    if (c.isPresent() && inner == null) {
                        inner = c.get().value();
                        j = c.get().end();
                    }
                }
                if (j >= tokens.size() || !tokens.get(j).lower().equals(f.words().get(w))) {
                    ok = false;
                    break;
                }
                j++;
            }
            if (ok && (best == null || j > best.end())) {
                best = new PhraseMatch<>(i, j, f.value(), inner);
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean isHyphen(String text) {
        return text.length() == 1 && (text.charAt(0) == '-' || text.charAt(0) == '\u2010' || text.charAt(0) == '\u2011');
    }

    private static <V> Optional<PhraseMatch<V>> longest(Map<String, List<Form<V>>> index, List<Token> tokens, int i,
                                                        boolean needsCapital) {
        List<Form<V>> candidates = index.get(tokens.get(i).lower());
        if (candidates == null) {
            return Optional.empty();
        }
        PhraseMatch<V> best = null;
        for (Form<V> f : candidates) {
            int n = f.words().size();
            if (i + n > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int w = 0; w < n && ok; w++) {
                Token t = tokens.get(i + w);
                String word = f.words().get(w);
                ok = f.caseSensitive() ? t.text().equals(word) : t.lower().equals(word);
            }
            if (ok && needsCapital && !f.caseSensitive() && !tokens.get(i).capitalised()) {
                ok = false;
            }
            if (ok && (best == null || i + n > best.end())) {
                best = new PhraseMatch<>(i, i + n, f.value(), null);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The country with this code. */
    Optional<Country> country(String code) {
        return Optional.ofNullable(countryByCode.get(code));
    }

    boolean isTitleWord(String lower) {
        return titleWords.contains(lower);
    }

    boolean isCalendarWord(String lower) {
        return calendarWords.contains(lower);
    }

    boolean isFunctionWord(String lower) {
        return lexicon.names().functionWords().contains(lower);
    }

    boolean isGroupWord(String lower) {
        return lexicon.names().groupWords().contains(lower);
    }

    boolean isGlueWord(String lower) {
        return lexicon.names().glueWords().contains(lower);
    }

    /** A listed family name ("Wang", "Kim"). */
    boolean isFamilyName(String text) {
        return lexicon.names().nameOrder().familyNames().contains(text.toLowerCase(java.util.Locale.ROOT));
    }

    boolean isOrganisationOrPlaceWord(String lower) {
        return lexicon.names().organisationWords().contains(lower) || lexicon.names().placeWords().contains(lower);
    }
}
