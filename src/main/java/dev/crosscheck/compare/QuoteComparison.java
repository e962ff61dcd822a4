package dev.crosscheck.compare;

import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.extract.QuoteClaim;
import dev.crosscheck.extract.QuoteWord;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.rules.ComparisonKind;
import dev.crosscheck.rules.Lexicon;
import dev.crosscheck.rules.RuleDefinition;
import dev.crosscheck.text.NumberParser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import static dev.crosscheck.compare.ComparisonMechanism.param;

/**
 * Quote conflict: two renderings of one utterance by the same speaker that differ. Quotes are
 * cut into sentences ("units") and blocked by resolved speaker; inside a block, units meet
 * only when they share a content lemma. Each unit is compared with the earlier unit (by
 * article, then position) it aligns with best ({@link QuoteAlignment}: enough shared content
 * words, enough of each side's content shared), so n renderings of one utterance give at most
 * n - 1 comparisons. Differences only in case, punctuation or quote marks give nothing; a
 * changed number, a negation, a different name, an antonym, or one noun swapped in an
 * otherwise verbatim quote may change the meaning (the rule's severity); other changed words
 * are wording ({@code wording-severity}); changes of function words alone are
 * {@code minor-severity}.
 */
final class QuoteComparison implements Comparison {

    /** This class's mechanism: {@code quote-conflict}. */
    static final ComparisonMechanism MECHANISM = ComparisonMechanism.of(
            ComparisonKind.QUOTE_CONFLICT,
            "two renderings of one utterance by one speaker", List.of(
                    param("min-shared-words", "3", "content words both renderings must share"),
                    param("min-overlap", "0.5", "share of each side's content words shared"),
                    param("max-edge-words", "2", "words past the shared stretch compared"),
                    param("wording-severity", "warning", "severity of a wording change"),
                    param("minor-severity", "none", "severity when only function words differ"),
                    param("max-wording-changes", "0",
                            "more rewordings than this, none touching the meaning: a paraphrase (0: no limit)")),
            (r, rules) -> new QuoteComparison(r, rules.lexicon()));

    private static final int MAX_LISTED = 5;
    private static final String APOSTROPHES = "'\u2019\u2018";
    private static final java.util.regex.Pattern DASHES_AND_APOSTROPHES =
            java.util.regex.Pattern.compile("[\\p{Pd}" + APOSTROPHES + "`\u00b4]");
    /**
     * Words of one quote sentence that are aligned: the alignment's table grows with the product
     * of two sentences' lengths (1,000 × 1,000 words: 4 MB), real quote sentences stay far below.
     */
    static final int MAX_UNIT_WORDS = 1_000;

    private final Emitter emitter;
    private final Lexicon.Quotes lex;
    /** the lexicon's contracted negators ("n't"), which end a word ("won't") */
    private final List<String> contractedNegators;
    private final Set<String> functionWords;
    private final Set<String> numberWords;
    private final NumberParser numbers;
    /** the lexicon's numbers, for ordinals ("eleventh", "11th") */
    private final Lexicon.Numbers ordinals;
    private final int minShared;
    private final double minOverlap;
    private final int maxEdge;
    private final Optional<Severity> wording;
    private final Optional<Severity> minor;
    /** more changed stretches than this, none touching the meaning: a paraphrase or another translation (0: any) */
    private final int maxWordingChanges;

    QuoteComparison(RuleDefinition rule, Lexicon lexicon) {
        Params p = new Params(rule, MECHANISM);
        this.maxWordingChanges = p.integer("max-wording-changes", 0);
        this.minShared = p.integer("min-shared-words", 1);
        this.minOverlap = p.decimal("min-overlap", 0.0, 1.0);
        this.maxEdge = p.integer("max-edge-words", 0);
        this.wording = p.severity("wording-severity");
        this.minor = p.severity("minor-severity");
        this.emitter = new Emitter(rule, Set.of(), Set.of("speaker", "difference"));
        this.lex = lexicon.quotes();
        this.contractedNegators = lex.negators().stream().filter(n -> n.startsWith("n'")).sorted().toList();
        this.functionWords = lexicon.names().functionWords();
        this.numberWords = lexicon.numbers().words().keySet();
        this.numbers = new NumberParser(lexicon.numbers().words(), lexicon.numbers().scales());
        this.ordinals = lexicon.numbers();
    }

    @Override
    public String ruleId() {
        return emitter.rule().id();
    }

    /** One sentence of a quote. */
    private record Unit(int article, int quote, List<QuoteWord> words, String text) {
    }

    private record Verdict(Severity severity, String difference) {
    }

    @Override
    public List<Finding> compare(ResolvedCorpus corpus) {
        return compare(corpus, note -> { });
    }

    /** Notes one line when a quote sentence longer than {@link #MAX_UNIT_WORDS} words was cut. */
    @Override
    public List<Finding> compare(ResolvedCorpus corpus, Consumer<String> notes) {
        Map<Integer, List<Unit>> bySpeaker = new TreeMap<>();
        int capped = 0;
        String firstCapped = null;
        for (int ai = 0; ai < corpus.articles().size(); ai++) {
            ArticleClaims a = corpus.articles().get(ai);
            int[] speakers = corpus.speakers().get(ai);
            for (int q = 0; q < a.quotes().size(); q++) {
                if (speakers[q] >= 0) {
                    for (Unit u : units(a, ai, q)) {
                        if (u.words().size() > MAX_UNIT_WORDS) {
                            if (capped++ == 0) {
                                firstCapped = a.article().source() + " line "
                                        + a.article().lines().lineOf(u.words().get(0).start()) + ", "
                                        + u.words().size() + " words";
                            }
                            u = new Unit(u.article(), u.quote(), u.words().subList(0, MAX_UNIT_WORDS), u.text());
                        }
                        bySpeaker.computeIfAbsent(speakers[q], k -> new ArrayList<>()).add(u);
                    }
                }
            }
        }
        if (capped > 0) {
            notes.accept(capped + (capped == 1 ? " quote sentence" : " quote sentences") + " longer than "
                    + MAX_UNIT_WORDS + " words compared on " + (capped == 1 ? "its" : "their") + " first "
                    + MAX_UNIT_WORDS + " words only (first: " + firstCapped + ")");
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Unit>> e : bySpeaker.entrySet()) {
            compareBlock(corpus, corpus.persons().get(e.getKey()).name(), e.getValue(), out);
        }
        return out;
    }

    private void compareBlock(ResolvedCorpus corpus, String speaker, List<Unit> units, List<Finding> out) {
        Map<String, Set<Integer>> byLemma = new TreeMap<>();
        for (int j = 0; j < units.size(); j++) {
            Unit u = units.get(j);
            Set<Integer> candidates = new TreeSet<>();
            for (QuoteWord w : u.words()) {
                if (content(w)) {
                    candidates.addAll(byLemma.getOrDefault(w.lemma(), Set.of()));
                }
            }
            Unit best = null;
            QuoteAlignment.Result bestResult = null;
            for (int i : candidates) {
                Unit c = units.get(i);
                if (c.article() == u.article() && c.quote() == u.quote()) {
                    continue;
                }
                QuoteAlignment.Result r = QuoteAlignment.align(c.words(), u.words(), this::content, maxEdge);
                if (!aligned(r, c, u)) {
                    continue;
                }
                if (bestResult == null || r.shared() > bestResult.shared()
                        || r.shared() == bestResult.shared() && r.overlap() > bestResult.overlap()) {
                    best = c;
                    bestResult = r;
                }
            }
            if (best != null) {
                Verdict v = verdict(bestResult);
                if (v != null) {
                    out.add(emitter.emit(v.severity(), speaker, side(corpus, best), side(corpus, u),
                            Map.of("speaker", speaker, "difference", v.difference())));
                }
            }
            for (QuoteWord w : u.words()) {
                if (content(w)) {
                    byLemma.computeIfAbsent(w.lemma(), k -> new LinkedHashSet<>()).add(j);
                }
            }
        }
    }

    /**
     * Enough shared content words, most of each side's aligned stretch shared, and the shorter
     * unit mostly covered: a common phrase ("Sino-American relations") does not make two
     * sentences one utterance.
     */
    private boolean aligned(QuoteAlignment.Result r, Unit x, Unit y) {
        int shorter = Math.min(contentCount(x), contentCount(y));
        return r.shared() >= minShared && r.overlap() >= minOverlap && shorter > 0
                && (double) r.shared() / shorter >= minOverlap;
    }

    private int contentCount(Unit u) {
        int n = 0;
        for (QuoteWord w : u.words()) {
            if (content(w)) {
                n++;
            }
        }
        return n;
    }

    /** The severity and the named differences of an aligned pair; null when nothing is reported. */
    private Verdict verdict(QuoteAlignment.Result r) {
        List<String> meaning = new ArrayList<>();
        List<String> words = new ArrayList<>();
        boolean substantive = false;
        // a negation on one side only: two renderings that both negate ("is not very deep, a
        // tsunami is not expected" / "is not deep enough that we can expect tsunamis") are a paraphrase
        boolean negA = negators(r.regionA()) > 0;
        boolean negB = negators(r.regionB()) > 0;
        if (negA != negB) {
            meaning.add("negation");
        }
        List<QuoteAlignment.Hunk> hunks = new ArrayList<>(r.hunks());
        // "twelve" / "12", "eleventh" / "11th": the same number written two ways is style, like
        // case or punctuation
        hunks.removeIf(h -> sameValue(h, this::wholeNumber) || sameValue(h, this::ordinal));
        // "e-mail" / "email", "data center" / "datacenter": one compound written together, apart or hyphenated
        hunks.removeIf(h -> !h.a().isEmpty() && !h.b().isEmpty() && joined(h.a()).equals(joined(h.b())));
        // "the Greek population's anger" / "the Greek populations' anger": a possessive mark, or a
        // noun's number, is a transcription slip, not a misquote; still one more change where
        // the quote is reworded throughout
        int slips = hunks.size();
        hunks.removeIf(h -> possessiveOrNumberOnly(h.a(), h.b()));
        slips -= hunks.size();
        // a word moved ("US-China" / "China-US"): one hunk leaves out what another adds
        for (int i = 0; i < hunks.size(); i++) {
            for (int j = 0; j < hunks.size(); j++) {
                QuoteAlignment.Hunk x = hunks.get(i);
                QuoteAlignment.Hunk y = hunks.get(j);
                if (i != j && x.b().isEmpty() && y.a().isEmpty() && text(x.a()).equalsIgnoreCase(text(y.b()))) {
                    words.add("\"" + text(x.a()) + "\" moved");
                    hunks.remove(Math.max(i, j));
                    hunks.remove(Math.min(i, j));
                    i = -1;
                    break;
                }
            }
        }
        boolean single = hunks.size() == 1;
        Map<String, Integer> described = new LinkedHashMap<>();
        for (QuoteAlignment.Hunk h : hunks) {
            described.merge(describe(h), 1, Integer::sum);
            boolean functionOnly = true;
            for (QuoteWord w : concat(h.a(), h.b())) {
                functionOnly &= !content(w);
            }
            substantive |= !functionOnly;
            if (numbersDiffer(h)) {
                add(meaning, "a number");
            }
            if (antonyms(h)) {
                add(meaning, "an opposite word");
            }
            if (namesDiffer(h, r)) {
                add(meaning, "a name");
            }
            if (single && h.a().size() == 1 && h.b().size() == 1 && isNoun(h.a().get(0)) && isNoun(h.b().get(0))
                    && !h.a().get(0).lemma().equals(h.b().get(0).lemma())) {
                add(meaning, "a key noun");
            }
        }
        described.forEach((d, n) -> words.add(n == 1 ? d : d + (n == 2 ? " (twice)" : " (" + n + " times)")));
        if (words.isEmpty()) {
            return null;
        }
        String listed = String.join(", ", words.subList(0, Math.min(MAX_LISTED, words.size())))
                + (words.size() > MAX_LISTED ? " and " + (words.size() - MAX_LISTED) + " more" : "");
        if (!meaning.isEmpty()) {
            // reworded throughout as well: more likely another statement than a misquote of this one
            boolean reworded = maxWordingChanges > 0 && hunks.size() + slips >= maxWordingChanges;
            Optional<Severity> severity = reworded ? wording : Optional.of(emitter.rule().severity());
            return severity.map(sev -> new Verdict(sev, "the meaning may differ (" + String.join(", ", meaning)
                    + "): " + listed)).orElse(null);
        }
        if (maxWordingChanges > 0 && hunks.size() + slips > maxWordingChanges) {
            return null; // reworded throughout: a paraphrase or a second translation, not a misquote
        }
        Optional<Severity> s = substantive ? wording : minor;
        String label = substantive ? "the wording differs: " : "small words differ: ";
        return s.map(sev -> new Verdict(sev, label + listed)).orElse(null);
    }

    /**
     * The words' folded spellings run together without dashes and apostrophes: "cyber-criminals"
     * and "cyber criminals", "scientists—who" and "scientists who", "We’ll" and "We'll" alike.
     */
    private String joined(List<QuoteWord> words) {
        StringBuilder sb = new StringBuilder();
        for (QuoteWord w : words) {
            sb.append(DASHES_AND_APOSTROPHES.matcher(lex.fold(w.lower())).replaceAll(""));
        }
        return sb.toString();
    }

    private static void add(List<String> list, String s) {
        if (!list.contains(s)) {
            list.add(s);
        }
    }

    private static String describe(QuoteAlignment.Hunk h) {
        if (h.a().isEmpty()) {
            return "the second adds \"" + text(h.b()) + "\"";
        }
        if (h.b().isEmpty()) {
            return "the second leaves out \"" + text(h.a()) + "\"";
        }
        return "\"" + text(h.a()) + "\" becomes \"" + text(h.b()) + "\"";
    }

    private static String text(List<QuoteWord> words) {
        StringBuilder sb = new StringBuilder();
        for (QuoteWord w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.text());
        }
        return sb.toString();
    }

    private static List<QuoteWord> concat(List<QuoteWord> a, List<QuoteWord> b) {
        List<QuoteWord> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    boolean content(QuoteWord w) {
        String pos = w.pos();
        boolean open = pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("VERB") || pos.equals("ADJ")
                || pos.equals("ADV") || pos.equals("NUM") || pos.equals("X");
        return open && !functionWords.contains(w.lower()) && !isNegator(w);
    }

    /** Both sides the same nouns by lemma, once possessive marks ("'s", "'") are left out. */
    private static boolean possessiveOrNumberOnly(List<QuoteWord> a, List<QuoteWord> b) {
        List<QuoteWord> x = a.stream().filter(w -> !possessiveMark(w)).toList();
        List<QuoteWord> y = b.stream().filter(w -> !possessiveMark(w)).toList();
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!isNoun(x.get(i)) || !isNoun(y.get(i)) || !x.get(i).lemma().equals(y.get(i).lemma())) {
                return false;
            }
        }
        return true;
    }

    /** "'s", "’s", "'": an apostrophe with at most one letter, the mark of a possessive. */
    private static boolean possessiveMark(QuoteWord w) {
        String t = w.text();
        return !t.isEmpty() && t.length() <= 2 && APOSTROPHES.indexOf(t.charAt(0)) >= 0
                && (t.length() == 1 || Character.isLetter(t.charAt(1)));
    }

    private static boolean isNoun(QuoteWord w) {
        return w.pos().equals("NOUN");
    }

    private boolean isNegator(QuoteWord w) {
        // "won't", "can’t": the contracted negator of the lexicon at the end of the word
        String lower = w.lower().replace('’', '\'');
        if (lex.negators().contains(lower) || contractedNegators.stream().anyMatch(lower::endsWith)) {
            return true;
        }
        for (String part : w.lemma().split("\\+")) {
            if (lex.negators().contains(part)) {
                return true;
            }
        }
        return false;
    }

    private int negators(List<QuoteWord> words) {
        int n = 0;
        for (QuoteWord w : words) {
            if (isNegator(w)) {
                n++;
            }
        }
        return n;
    }

    /** A word a number may start at: a numeral, digits or a number word, not the article "a". */
    private boolean startsNumber(QuoteWord w) {
        if (w.pos().equals("DET")) {
            return false;
        }
        if (w.pos().equals("NUM") || numberWords.contains(w.lower())) {
            return true;
        }
        for (int i = 0; i < w.text().length(); i++) {
            if (Character.isDigit(w.text().charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The values of the numbers among {@code words}: "twelve" and "12" are both 12. */
    private List<Double> values(List<QuoteWord> words) {
        List<String> lower = words.stream().map(QuoteWord::lower).toList();
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Optional<NumberParser.ParsedNumber> n = startsNumber(words.get(i)) ? numbers.parse(lower, i)
                    : Optional.empty();
            if (n.isPresent()) {
                out.add(n.get().value());
                i += n.get().tokenCount() - 1;
            }
        }
        return out;
    }

    /** Whether both sides of a hunk have a value and it is the same one. */
    private static <V> boolean sameValue(QuoteAlignment.Hunk h,
                                         java.util.function.Function<List<QuoteWord>, Optional<V>> value) {
        return value.apply(h.a()).filter(v -> value.apply(h.b()).equals(Optional.of(v))).isPresent();
    }

    /** The value when {@code words} are one ordinal ("eleventh", "11th"). */
    private Optional<Long> ordinal(List<QuoteWord> words) {
        return words.size() == 1 ? ordinals.ordinal(words.get(0).lower()) : Optional.empty();
    }

    /** The value when {@code words} are exactly one number ("twelve", "12", "1.5 million"). */
    private Optional<Double> wholeNumber(List<QuoteWord> words) {
        if (words.isEmpty() || !startsNumber(words.get(0))) {
            return Optional.empty();
        }
        Optional<NumberParser.ParsedNumber> n = numbers.parse(words.stream().map(QuoteWord::lower).toList(), 0);
        return n.filter(x -> x.tokenCount() == words.size()).map(NumberParser.ParsedNumber::value);
    }

    /** A number replaced by another value (one side only adding words with a number is wording). */
    private boolean numbersDiffer(QuoteAlignment.Hunk h) {
        return !h.a().isEmpty() && !h.b().isEmpty() && !values(h.a()).equals(values(h.b()));
    }

    private boolean antonyms(QuoteAlignment.Hunk h) {
        for (QuoteWord x : h.a()) {
            Set<String> opposite = lex.antonyms().getOrDefault(x.lemma(), lex.antonyms().get(x.lower()));
            if (opposite == null) {
                continue;
            }
            for (QuoteWord y : h.b()) {
                if (opposite.contains(y.lemma()) || opposite.contains(y.lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A name on each side of one change that the other side does not use anywhere. */
    private static boolean namesDiffer(QuoteAlignment.Hunk h, QuoteAlignment.Result r) {
        return hasNameMissingFrom(h.a(), r.regionB()) && hasNameMissingFrom(h.b(), r.regionA());
    }

    private static boolean hasNameMissingFrom(List<QuoteWord> words, List<QuoteWord> other) {
        for (QuoteWord w : words) {
            if (!w.pos().equals("PROPN") || !Character.isUpperCase(w.text().codePointAt(0))) {
                continue;
            }
            boolean found = false;
            for (QuoteWord o : other) {
                found |= o.lower().equals(w.lower());
            }
            if (!found) {
                return true;
            }
        }
        return false;
    }

    /** The sentences of quote {@code q} of article {@code ai}, editorial insertions left out. */
    private static List<Unit> units(ArticleClaims a, int ai, int q) {
        QuoteClaim quote = a.quotes().get(q);
        List<Unit> out = new ArrayList<>();
        List<QuoteWord> current = new ArrayList<>();
        List<QuoteWord> all = quote.words();
        int startWord = 0;
        for (int k = 0; k < all.size(); k++) {
            QuoteWord w = all.get(k);
            if (!w.editorial()) {
                current.add(w);
            }
            if (w.sentenceEnd() || k == all.size() - 1) {
                if (!current.isEmpty()) {
                    boolean whole = startWord == 0 && k == all.size() - 1;
                    String text = whole ? quote.text() : unitText(quote, all.get(startWord), w);
                    out.add(new Unit(ai, q, List.copyOf(current), text));
                }
                current = new ArrayList<>();
                startWord = k + 1;
            }
        }
        return out;
    }

    private static String unitText(QuoteClaim q, QuoteWord first, QuoteWord last) {
        String after = q.slice(last.end(), last.end() + 1);
        int end = !after.isEmpty() && ".!?…".indexOf(after.charAt(0)) >= 0 ? last.end() + 1 : last.end();
        return q.slice(first.start(), end);
    }

    private static Side side(ResolvedCorpus corpus, Unit u) {
        ArticleClaims a = corpus.articles().get(u.article());
        QuoteClaim q = a.quotes().get(u.quote());
        StringBuilder normalized = new StringBuilder();
        for (QuoteWord w : u.words()) {
            if (normalized.length() > 0) {
                normalized.append(' ');
            }
            normalized.append(w.text()); // as written: the spelling-folded form is only for matching
        }
        int line = a.article().lines().lineOf(u.words().get(0).start());
        Map<String, String> vars = new LinkedHashMap<>();
        return new Side(new dev.crosscheck.finding.Evidence(u.text(), normalized.toString().toLowerCase(Locale.ROOT),
                q.anchor().source(), line, q.anchor().evidence()), vars);
    }
}
