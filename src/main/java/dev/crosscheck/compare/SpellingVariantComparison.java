package dev.crosscheck.compare;

import dev.crosscheck.extract.Anchor;
import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.extract.PersonMention;
import dev.crosscheck.extract.ProperWord;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.resolve.NameSimilarity;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.rules.ComparisonKind;
import dev.crosscheck.rules.Lexicon;
import dev.crosscheck.rules.RuleDefinition;
import dev.crosscheck.text.UnionFind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static dev.crosscheck.compare.ComparisonMechanism.param;

/**
 * Variant spelling of proper words across and inside articles ("Antony"/"Anthony",
 * "Uighur"/"Uyghur"). Candidates meet through deletion keys of their transliteration keys
 * (no all-pairs comparison); a pair counts only when the words are spelling variants and
 * share a content word nearby in some pair of occurrences ("Blinken", "minority"), which
 * keeps "Iran"/"Iraq" and "Austria"/"Australia" apart; words seen only in the names of people
 * that resolution keeps apart ("Marko Tavel" / "Darko Pavel"), or a given name against a family
 * name ("Walter Bugden" / "Barbara Walther"), are not variants either. The most used spelling
 * is taken as canonical; each article using another spelling gets one finding.
 */
final class SpellingVariantComparison implements Comparison {

    /** This class's mechanism: {@code variant-spelling} with {@code variants: spelling}. */
    static final ComparisonMechanism MECHANISM = ComparisonMechanism.selected(
            ComparisonKind.VARIANT_SPELLING, "variants", "spelling", true,
            "one proper word spelled two ways (edit distance, transliteration, split compounds)", List.of(
                    param("require-shared-context", "true", "look-alikes must share a nearby content word ..."),
                    param("apart-min-length", "0",
                            "... or be kept apart by article, when at least this long (0: off)"),
                    param("acronym-swap-min-length", "0",
                            "... or be an acronym of at least this many letters with its letters in another "
                            + "order, in one story (0: off)"),
                    param("case-forms", "false",
                            "also report one word written with its inner capitals two ways (\"LuAnn\" / \"Luann\")")),
            (r, rules) -> new SpellingVariantComparison(r, rules.lexicon()));

    /** Suffix of an acronym's key among the words (never part of a written word). */
    private static final String ACRONYM_KEY = "\u0000";

    private final Emitter emitter;
    private final NameSimilarity names;
    private final boolean requireSharedContext;
    private final int apartMinLength;
    private final int acronymSwapMinLength;
    private final boolean caseForms;
    private final Lexicon.Quotes folds;
    /** single words that name a country or its people, as countries.yaml lists them ("somalia", "somalis") */
    private final Set<String> countryWords;

    SpellingVariantComparison(RuleDefinition rule, Lexicon lexicon) {
        Params p = new Params(rule, MECHANISM);
        this.requireSharedContext = p.bool("require-shared-context");
        this.apartMinLength = p.integer("apart-min-length", 0);
        this.acronymSwapMinLength = p.integer("acronym-swap-min-length", 0);
        this.caseForms = p.bool("case-forms");
        this.emitter = new Emitter(rule, Set.of("word", "count"), Set.of("canonical"));
        this.names = new NameSimilarity(lexicon.names());
        this.folds = lexicon.quotes();
        this.countryWords = countryWords(lexicon.countries());
    }

    private static Set<String> countryWords(List<Lexicon.Country> countries) {
        Set<String> out = new HashSet<>();
        for (Lexicon.Country c : countries) {
            out.add(c.adjective().toLowerCase(Locale.ROOT));
            for (Lexicon.CountryForm f : c.forms()) {
                if (f.words().size() == 1) {
                    out.add(f.words().get(0).toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    @Override
    public String ruleId() {
        return emitter.rule().id();
    }

    private record Occurrence(int article, ProperWord word) {
    }

    /**
     * Where a word stands in a person's name: first of a full name ("Walter" of "Walter Bugden"),
     * last of one or alone ("Walther" of "Barbara Walther" and of "Walther"), or between.
     */
    private enum NamePart {
        GIVEN, MIDDLE, FAMILY;

        static NamePart of(PersonMention m, String word) {
            List<String> w = m.nameWords();
            if (w.size() < 2 || word.equalsIgnoreCase(w.get(w.size() - 1))) {
                return FAMILY;
            }
            return word.equalsIgnoreCase(w.get(0)) ? GIVEN : MIDDLE;
        }
    }

    private static final class Word {
        final String lower;
        final List<Occurrence> occurrences = new ArrayList<>();
        final Set<String> neighbours = new HashSet<>();
        final Set<Integer> articles = new TreeSet<>();
        /** the sentences it stands in, as article and sentence index */
        final Set<Long> sentences = new HashSet<>();
        /** an acronym's occurrences (written in capitals only, "FLDS"), kept apart from "Flds" */
        boolean capitals;
        /** people whose names contain it; null once it occurs outside a resolved name */
        Set<Integer> people = new TreeSet<>();
        /** where it stands in the names of people it is found in (occurrences outside names tell nothing) */
        final Set<NamePart> parts = EnumSet.noneOf(NamePart.class);

        Word(String lower) {
            this.lower = lower;
        }
    }

    @Override
    public List<Finding> compare(ResolvedCorpus corpus) {
        Map<String, Word> words = new TreeMap<>();
        for (int ai = 0; ai < corpus.articles().size(); ai++) {
            for (ProperWord w : corpus.articles().get(ai).properWords()) {
                String lower = bare(w.word()).toLowerCase(Locale.ROOT);
                // an acronym's occurrences are a word of their own ("FLDS" beside "Flds"), compared
                // only with its letters reordered
                Word word = words.computeIfAbsent(w.acronym() ? lower + ACRONYM_KEY : lower, k -> new Word(lower));
                word.occurrences.add(new Occurrence(ai, w));
                word.neighbours.addAll(w.neighbours());
                word.articles.add(ai);
                word.sentences.add(sentenceKey(ai, w.anchor().sentence()));
                word.capitals |= w.acronym();
                int p = w.person() >= 0 ? corpus.personOf().get(ai)[w.person()] : -1;
                PersonMention m = w.person() >= 0 ? corpus.articles().get(ai).persons().get(w.person()) : null;
                if (m != null && !m.roleOnly()) {
                    word.parts.add(NamePart.of(m, w.word()));
                }
                if (p < 0 || word.people == null) {
                    word.people = null;
                } else {
                    word.people.add(p);
                }
            }
        }
        Map<String, Word> split = splitCompounds(corpus, words);
        List<Word> list = new ArrayList<>(words.values());
        int singles = list.size();
        list.addAll(split.values());
        UnionFind sets = new UnionFind(list.size());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < singles; i++) {
            if (!list.get(i).capitals) {
                index.put(list.get(i).lower, i);
            }
        }
        for (int i = singles; i < list.size(); i++) {
            sets.union(i, index.get(list.get(i).lower.replace(" ", "")));
        }
        Map<String, List<Integer>> blocks = new TreeMap<>();
        for (int i = 0; i < singles; i++) {
            String key = names.key(list.get(i).lower);
            int depth = Math.min(2, names.allowedDistance(list.get(i).lower.length()));
            for (String k : deletionKeys(key, depth)) {
                blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> tried = new HashSet<>();
        for (List<Integer> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int i = block.get(x);
                    int j = block.get(y);
                    if (tried.add((long) Math.min(i, j) << 32 | Math.max(i, j)) && related(corpus, list.get(i), list.get(j))) {
                        sets.union(i, j);
                    }
                }
            }
        }
        Map<Integer, List<Word>> groups = new TreeMap<>();
        for (int i = 0; i < list.size(); i++) {
            groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(list.get(i));
        }
        List<Finding> out = new ArrayList<>();
        for (List<Word> group : groups.values()) {
            if (group.size() > 1) {
                report(corpus, group, false, out);
            }
        }
        for (Word w : words.values()) {
            if (caseForms && !w.capitals) {
                caseForms(corpus, w, out);
            }
        }
        return out;
    }

    /**
     * One word written with its inner capitals two ways ("LuAnn" / "Luann", "TallGrass" /
     * "Tallgrass"), in one article or two of one story: each written form is a word of the group
     * {@link #report} reports, so the less used forms get a finding against the most used one. A
     * form in capitals only ("LUANN" in a headline) tells nothing.
     */
    private void caseForms(ResolvedCorpus corpus, Word w, List<Finding> out) {
        Map<String, Word> forms = new TreeMap<>();
        for (Occurrence o : w.occurrences) {
            String form = bare(o.word().word());
            if (!form.isEmpty() && Character.isUpperCase(form.codePointAt(0))
                    && !form.equals(form.toUpperCase(Locale.ROOT))) {
                Word f = forms.computeIfAbsent(form, Word::new);
                f.occurrences.add(o);
                f.articles.add(o.article());
            }
        }
        if (forms.size() > 1 && forms.keySet().stream().anyMatch(SpellingVariantComparison::innerCapital)
                && inOneStory(corpus, forms.values())) {
            report(corpus, new ArrayList<>(forms.values()), true, out);
        }
    }

    /** Whether two of the words stand in one article or in two articles of one story. */
    private static boolean inOneStory(ResolvedCorpus corpus, Collection<Word> words) {
        List<Word> list = new ArrayList<>(words);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                for (int x : list.get(i).articles) {
                    for (int y : list.get(j).articles) {
                        if (x == y || corpus.sameEvent(x, y)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** A capital after the first letter ("LuAnn", "McDonald"). */
    private static boolean innerCapital(String form) {
        return form.codePoints().skip(1).anyMatch(Character::isUpperCase);
    }

    /**
     * Two adjacent proper words written elsewhere as one ("Tall Grass" / "TallGrass", "El Dorado" /
     * "Eldorado"): one character apart in one sentence, keyed by the two words with a space; each is a
     * variant of the one-word spelling.
     */
    private static Map<String, Word> splitCompounds(ResolvedCorpus corpus, Map<String, Word> words) {
        Map<String, Word> out = new TreeMap<>();
        for (int ai = 0; ai < corpus.articles().size(); ai++) {
            ArticleClaims a = corpus.articles().get(ai);
            List<ProperWord> proper = a.properWords();
            for (int i = 0; i + 1 < proper.size(); i++) {
                ProperWord x = proper.get(i);
                ProperWord y = proper.get(i + 1);
                Anchor ax = x.anchor();
                Anchor ay = y.anchor();
                if (ax.sentence() != ay.sentence() || ay.start() != ax.end() + 1) {
                    continue;
                }
                String first = bare(x.word()).toLowerCase(Locale.ROOT);
                String second = bare(y.word()).toLowerCase(Locale.ROOT);
                if (first.isEmpty() || second.isEmpty() || !words.containsKey(first + second)) {
                    continue;
                }
                Word w = out.computeIfAbsent(first + " " + second, Word::new);
                String written = x.word() + " " + y.word();
                Anchor both = new Anchor(ax.source(), ax.sentence(), ax.line(), ax.start(), ay.end(), written,
                        ax.evidence(), ax.caption());
                int person = x.person() == y.person() ? x.person() : -1;
                w.occurrences.add(new Occurrence(ai, new ProperWord(both, written, x.neighbours(), person)));
                w.articles.add(ai);
                w.people = null;
            }
        }
        return out;
    }

    private boolean related(ResolvedCorpus corpus, Word a, Word b) {
        if (a.capitals || b.capitals) {
            return acronymSwap(corpus, a, b); // an acronym is compared only with its letters reordered
        }
        if (!names.variant(a.lower, b.lower) || folds.fold(a.lower).equals(folds.fold(b.lower))) {
            return false; // not alike, or one word in two house styles ("Defence" / "Defense")
        }
        if (!Collections.disjoint(a.sentences, b.sentences)
                || countryWords.contains(a.lower) && countryWords.contains(b.lower)) {
            // two words of one sentence ("Los Angeles Angels"), or two countries and peoples
            // ("Somalia" / "Somalis", "Austria" / "Australia"), are two words
            return false;
        }
        if (a.people != null && b.people != null && Collections.disjoint(a.people, b.people)) {
            // only ever in the names of people resolution keeps apart ("Marko Tavel" / "Darko Pavel")
            return false;
        }
        if (givenAgainstFamily(a, b) || givenAgainstFamily(b, a)) {
            // a given name and a family name are two names ("Walter F. Bugden" / "Barbara Walther")
            return false;
        }
        if (!requireSharedContext) {
            return true;
        }
        for (String n : a.neighbours) {
            if (b.neighbours.contains(n) && !n.equals(a.lower) && !n.equals(b.lower)) {
                return true;
            }
        }
        return apart(corpus, a, b);
    }

    /** Only ever the first word of a full name against only ever the last word of one, or alone. */
    private static boolean givenAgainstFamily(Word a, Word b) {
        return a.parts.equals(EnumSet.of(NamePart.GIVEN))
                && b.parts.equals(EnumSet.of(NamePart.FAMILY));
    }

    /**
     * An acronym with its letters in another order ("FLDS" / "FDLS", "UNRWA" / "Unwra"), the
     * acronym being the more used spelling, in one article or two of one story: a typing slip,
     * however little context the two share.
     */
    private boolean acronymSwap(ResolvedCorpus corpus, Word a, Word b) {
        if (acronymSwapMinLength <= 0 || a.lower.equals(b.lower)
                || Math.min(a.lower.length(), b.lower.length()) < acronymSwapMinLength
                || !names.variant(a.lower, b.lower) || !moreUsedIsAcronym(a, b)
                || !sortedLetters(a.lower).equals(sortedLetters(b.lower))) {
            return false;
        }
        for (int x : a.articles) {
            for (int y : b.articles) {
                if (x == y || corpus.sameEvent(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The more used spelling is the acronym: "FDLS" beside a common "FLDS" is a slip, while "IRNA"
     * (the news agency) beside a common "Iran" is another name with the same letters.
     */
    private static boolean moreUsedIsAcronym(Word a, Word b) {
        int na = a.occurrences.size();
        int nb = b.occurrences.size();
        return na > nb ? a.capitals : nb > na ? b.capitals : a.capitals && b.capitals;
    }

    private static String sortedLetters(String word) {
        char[] c = word.toCharArray();
        java.util.Arrays.sort(c);
        return new String(c);
    }


    /**
     * Spellings kept apart by article: no article uses both, some two articles using one each report
     * the same event, and the words are long and start alike. Outlets spell a place or person one way
     * each ("Zainabieh" / "Zinabieh"); two different names that look alike usually meet in one article.
     */
    private boolean apart(ResolvedCorpus corpus, Word a, Word b) {
        if (apartMinLength <= 0 || Math.min(a.lower.length(), b.lower.length()) < apartMinLength
                || a.lower.charAt(0) != b.lower.charAt(0) || !Collections.disjoint(a.articles, b.articles)) {
            return false;
        }
        for (int x : a.articles) {
            for (int y : b.articles) {
                if (corpus.sameEvent(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The most used word of the group is canonical; each article writing another gets one finding,
     * against the canonical word in that article, else its first occurrence; with
     * {@code sameStoryOnly}, else its first occurrence in an article of the same story, and an
     * article with none is left out.
     */
    private void report(ResolvedCorpus corpus, List<Word> group, boolean sameStoryOnly, List<Finding> out) {
        Word canonical = group.get(0);
        for (Word w : group) {
            if (w.occurrences.size() > canonical.occurrences.size()
                    || w.occurrences.size() == canonical.occurrences.size()
                    && w.articles.size() > canonical.articles.size()) {
                canonical = w;
            }
        }
        for (Word w : group) {
            if (w == canonical) {
                continue;
            }
            Map<Integer, Occurrence> firstPerArticle = new LinkedHashMap<>();
            for (Occurrence o : w.occurrences) {
                firstPerArticle.putIfAbsent(o.article(), o);
            }
            for (Occurrence o : firstPerArticle.values()) {
                Occurrence partner = partner(corpus, o, canonical.occurrences, sameStoryOnly);
                if (partner == null) {
                    continue;
                }
                String subject = subject(corpus, partner, canonical);
                out.add(emitter.emit(emitter.rule().severity(), subject, side(corpus, o, w),
                        side(corpus, partner, canonical), Map.of("canonical", canonical.occurrences.get(0).word().word())));
            }
        }
    }

    /** The occurrence {@code o} is reported against: see {@link #report}; null when none may be. */
    private static Occurrence partner(ResolvedCorpus corpus, Occurrence o, List<Occurrence> canonical,
                                      boolean sameStoryOnly) {
        Occurrence sameStory = null;
        for (Occurrence c : canonical) {
            if (c.article() == o.article()) {
                return c;
            }
            if (sameStory == null && corpus.sameEvent(c.article(), o.article())) {
                sameStory = c;
            }
        }
        return sameStoryOnly ? sameStory : canonical.get(0);
    }

    private static String subject(ResolvedCorpus corpus, Occurrence o, Word canonical) {
        if (o.word().person() >= 0) {
            int p = corpus.personOf().get(o.article())[o.word().person()];
            if (p >= 0) {
                return corpus.persons().get(p).name();
            }
        }
        return canonical.occurrences.get(0).word().word();
    }

    private static Side side(ResolvedCorpus corpus, Occurrence o, Word w) {
        ArticleClaims a = corpus.articles().get(o.article());
        String value = o.word().word();
        if (o.word().person() >= 0) {
            PersonMention m = a.persons().get(o.word().person());
            if (!m.roleOnly()) {
                value = m.name();
            }
        }
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("word", o.word().word());
        vars.put("count", Integer.toString(w.articles.size()));
        return Side.of(o.word().anchor(), value, o.word().word(), vars);
    }

    private static long sentenceKey(int article, int sentence) {
        return (long) article << 32 | sentence;
    }

    /** A word without the hyphens a line break or a compound left at its edges ("State-" of "State-run"). */
    private static String bare(String word) {
        int s = 0;
        int e = word.length();
        while (s < e && word.charAt(s) == '-') {
            s++;
        }
        while (e > s && word.charAt(e - 1) == '-') {
            e--;
        }
        return s < e ? word.substring(s, e) : word;
    }

    /**
     * The key and every form of it with up to {@code deletions} letters left out (1 or 2): two
     * words within that many edits share one of them ("mohammed"/"muhammad" share "mhammd").
     */
    private static Set<String> deletionKeys(String key, int deletions) {
        Set<String> out = new LinkedHashSet<>();
        out.add(key);
        for (int i = 0; i < key.length(); i++) {
            String one = key.substring(0, i) + key.substring(i + 1);
            out.add(one);
            for (int j = i; deletions > 1 && j < one.length(); j++) {
                out.add(one.substring(0, j) + one.substring(j + 1));
            }
        }
        return out;
    }


}
