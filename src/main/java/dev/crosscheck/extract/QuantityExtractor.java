package dev.crosscheck.extract;

import dev.crosscheck.pattern.Match;
import dev.crosscheck.pattern.TokenPattern;
import dev.crosscheck.nlp.Token;
import dev.crosscheck.rules.Lexicon;
import dev.crosscheck.rules.Lexicon.Measure;
import dev.crosscheck.rules.Lexicon.Unit;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds counts and measurements: "at least 280 people died", "17 passengers", "killing
 * hundreds", "the death toll rose to 2,000", "a 12,500-foot peak", "62 percent turnout".
 * A figure with no measure word from the lexicon, a year, a plan or a capacity is not a claim.
 */
final class QuantityExtractor {

    private static final int VERB_LOOKAHEAD = 4;
    private static final int TOLL_LOOKBACK = 6;
    private static final int MARKER_WINDOW = 5;
    private static final int SCOPE_WINDOW = 8;
    private static final int PLACE_HEAD_WORDS = 4;
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2100;
    /** A bare four-digit number this close to the dateline's year may be a year. */
    private static final int YEAR_SPAN = 10;

    private final Vocabulary vocab;
    private final Lexicon.Quantities lex;
    private final TokenPattern zeroWord;
    /** "two of the three victims": what stands before a whole a part is taken from */
    private final TokenPattern denominator;
    /** "30,000 passengers a day": a rate right after the counted words */
    private final TokenPattern rate;
    /** "wounding other 70": a word between a measure verb and its figure */
    private final TokenPattern filler;
    /** "the death toll rose to 55": a figure that updates a lower one */
    private final TokenPattern rising;
    /** "in their five operations so far": the sentence's figures are totals over several incidents */
    private final TokenPattern aggregate;
    /** "last season", "two years ago": the sentence's figures are background about another time */
    private final TokenPattern pastPeriod;

    QuantityExtractor(Vocabulary vocab) {
        this.vocab = vocab;
        this.lex = vocab.lexicon().quantities();
        this.zeroWord = vocab.lexicon().pattern("zero-word");
        this.denominator = vocab.lexicon().pattern("denominator");
        this.rate = vocab.lexicon().pattern("rate");
        this.filler = vocab.lexicon().pattern("figure-filler");
        this.rising = vocab.lexicon().pattern("rising-figure");
        this.aggregate = vocab.lexicon().pattern("aggregate-span");
        this.pastPeriod = vocab.lexicon().pattern("past-period");
    }

    private record Measured(String measure, String unit, double factor, int last) {
    }

    /**
     * @param dateline the article's dateline: a sentence naming another year is about another time
     * @param numbers  the sentence's number phrases ({@link NumberPhrases#all})
     */
    List<QuantityClaim> extract(SentenceContext ctx, Optional<LocalDate> dateline, List<NumberPhrases.Phrase> numbers) {
        List<Token> t = ctx.tokens;
        List<String> lower = ctx.lower;
        List<QuantityClaim> out = new ArrayList<>();
        numbers = withZeros(ctx, numbers);
        if (numbers.isEmpty() || namesAnotherYear(lower, dateline) || namesEarlierMonth(ctx.tokens, dateline)
                || !pastPeriod.findAll(ctx.sequence()).isEmpty()) {
            return out;
        }
        Map<Integer, Double> totals = breakdowns(t, lower, numbers);
        boolean runningTotal = !aggregate.findAll(ctx.sequence()).isEmpty();
        int after = -1;
        for (NumberPhrases.Phrase phrase : numbers) {
            // "24/7", "9/11", a fraction's denominator: a figure right after a slash is no count
            boolean afterSlash = phrase.start() > 0 && lower.get(phrase.start() - 1).equals("/");
            if (phrase.end() - 1 <= after || phrase.article() || afterSlash || isDatePart(t, lower, phrase, dateline)
                    || startOfMatchBefore(denominator, ctx.sequence(), phrase.start()) >= 0) {
                continue;
            }
            // "the death toll rose to 55": where a rising-figure match before the figure starts, or -1
            int risingAt = startOfMatchBefore(rising, ctx.sequence(), phrase.start());
            Optional<Measured> m = unit(ctx, lower, phrase).or(() -> count(ctx, lower, phrase, risingAt))
                    .or(() -> countedNoun(ctx, lower, phrase));
            if (m.isEmpty() || notActual(t, phrase)) {
                continue;
            }
            int last = Math.max(phrase.end() - 1, m.get().last());
            if (rate.matchAt(ctx.sequence(), last + 1).isPresent()) {
                continue;
            }
            out.add(new QuantityClaim(ctx.anchor(phrase.start(), last + 1), ctx.text(phrase.start(), last + 1),
                    phrase.scaled(m.get().factor()), m.get().measure(), m.get().unit(), scope(ctx, phrase, last),
                    attribution(ctx, lower), Optional.ofNullable(totals.get(phrase.start())), risingAt >= 0,
                    reach(lower, phrase, runningTotal)));
            after = last;
        }
        return out;
    }

    /**
     * The sentence's number phrases with its zero words among them ("no one", "nobody": the
     * {@code zero-word} pattern) as figures of none, in sentence order. A zero word counts
     * only where a measure follows it as it would follow a figure ({@link #count}); "no more than
     * 20" is a hedge of the figure it stands in, and the "one" of "no one" is no figure.
     */
    private List<NumberPhrases.Phrase> withZeros(SentenceContext ctx, List<NumberPhrases.Phrase> numbers) {
        List<NumberPhrases.Phrase> zeros = new ArrayList<>();
        for (Match m : zeroWord.findAll(ctx.sequence())) {
            if (!extendsPast(numbers, m.start(), m.end())) {
                zeros.add(NumberPhrases.Phrase.zero(m.start(), m.end()));
            }
        }
        if (zeros.isEmpty()) {
            return numbers;
        }
        List<NumberPhrases.Phrase> all = new ArrayList<>();
        for (NumberPhrases.Phrase p : numbers) {
            // "one" of "no one" is no figure of its own
            if (zeros.stream().noneMatch(z -> z.start() <= p.start() && p.end() <= z.end())) {
                all.add(p);
            }
        }
        all.addAll(zeros);
        all.sort(java.util.Comparator.comparingInt(NumberPhrases.Phrase::start));
        return all;
    }

    /** Whether a number phrase overlaps tokens {@code [start, end)} and reaches beyond them ("no more than 20"). */
    private static boolean extendsPast(List<NumberPhrases.Phrase> numbers, int start, int end) {
        for (NumberPhrases.Phrase p : numbers) {
            if (start < p.end() && p.start() < end && (p.start() < start || p.end() > end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A 2004 quake killed 628 people", "in 1960, 12,000 died": figures of another year are
     * history, not claims about the story. A four-digit number is a year after a year marker
     * or a month name ("some 1900 residents" is not). Without a dateline any year is another.
     */
    private boolean namesAnotherYear(List<String> lower, Optional<LocalDate> dateline) {
        for (int i = 1; i < lower.size(); i++) {
            String w = lower.get(i);
            String before = lower.get(i - 1);
            if (w.length() != 4 || !w.chars().allMatch(Character::isDigit)
                    || !(lex.yearMarkers().contains(before) || vocab.isCalendarWord(before))) {
                continue;
            }
            int y = Integer.parseInt(w);
            if (y >= MIN_YEAR && y <= MAX_YEAR && dateline.map(d -> d.getYear() != y).orElse(true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "In February, a gunman killed five people" in a November article: a month that ended well
     * before the dateline makes the sentence background about another time (without a dateline
     * nothing can be told). Months are capitalised words of the calendar
     * lexicon, so the modal "may" is no month.
     */
    private boolean namesEarlierMonth(List<Token> t, Optional<LocalDate> dateline) {
        for (int i = 1; i < t.size(); i++) {
            Integer month = vocab.lexicon().calendar().months().get(t.get(i).lower());
            if (month == null || !t.get(i).capitalised()) {
                continue;
            }
            if (dateline.isEmpty()) {
                // undated: which month the story is in is unknown
                return false;
            }
            LocalDate d = dateline.get();
            int year = month > d.getMonthValue() ? d.getYear() - 1 : d.getYear();
            LocalDate monthEnd = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
            if (monthEnd.plusDays(lex.backgroundMonthDays()).isBefore(d)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Breakdowns: "1 pilot and 4 passengers", "two children, three women and a man": two or
     * more exact counts of nouns joined by commas or "and". Maps each part's first token to
     * the sum of the parts.
     */
    private Map<Integer, Double> breakdowns(List<Token> t, List<String> lower, List<NumberPhrases.Phrase> numbers) {
        List<int[]> parts = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (NumberPhrases.Phrase p : numbers) {
            if (!p.range().isPoint()) {
                continue;
            }
            int k = p.end();
            if (k < t.size() && t.get(k).pos().equals("ADJ")) {
                k++;
            }
            if (k < t.size() && t.get(k).pos().equals("NOUN")) {
                parts.add(new int[] {p.start(), k});
                values.add(p.value());
            }
        }
        Map<Integer, Double> out = new HashMap<>();
        int from = 0;
        for (int j = 1; j <= parts.size(); j++) {
            boolean joined = j < parts.size() && onlyJoiners(lower, parts.get(j - 1)[1] + 1, parts.get(j)[0]);
            if (!joined) {
                if (j - from >= 2) {
                    double sum = 0;
                    for (int x = from; x < j; x++) {
                        sum += values.get(x);
                    }
                    for (int x = from; x < j; x++) {
                        out.put(parts.get(x)[0], sum);
                    }
                }
                from = j;
            }
        }
        return out;
    }

    private boolean onlyJoiners(List<String> lower, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = lower.get(k);
            if (!w.equals(",") && !vocab.grammar().conjunctions().contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Years ("since 2018", "the 2004 tsunami", not "2,000") and day numbers next to a month name are
     * dates, not quantities. A four-digit number with no year marker before it is a count when a
     * noun or adjective follows it ("2053 persons", "1900 dead"), or when it lies more than
     * {@value #YEAR_SPAN} years from the dateline ("the toll rose to 2053" in a 2023 article).
     */
    private boolean isDatePart(List<Token> t, List<String> lower, NumberPhrases.Phrase p,
                               Optional<LocalDate> dateline) {
        boolean fourDigits = p.end() - p.start() == 1 && lower.get(p.start()).matches("\\d{4}")
                && p.value() >= MIN_YEAR && p.value() <= MAX_YEAR;
        boolean marked = p.start() > 0 && (lex.yearMarkers().contains(lower.get(p.start() - 1))
                || vocab.isCalendarWord(lower.get(p.start() - 1)));
        boolean countedAfter = p.end() < t.size() && !vocab.isCalendarWord(lower.get(p.end()))
                && (t.get(p.end()).pos().equals("NOUN") || t.get(p.end()).pos().equals("ADJ"));
        boolean farFromDateline = dateline.map(d -> Math.abs(d.getYear() - p.value()) > YEAR_SPAN).orElse(false);
        boolean yearLike = fourDigits && (marked || !countedAfter && !farFromDateline);
        boolean nearMonth = p.start() > 0 && vocab.isCalendarWord(lower.get(p.start() - 1))
                || p.end() < lower.size() && vocab.isCalendarWord(lower.get(p.end()));
        return yearLike || nearMonth;
    }

    /** "12,500-foot peak", "62 percent turnout", "$2 billion in aid": unit plus the thing measured. */
    private Optional<Measured> unit(SentenceContext ctx, List<String> lower, NumberPhrases.Phrase p) {
        List<Token> t = ctx.tokens;
        int j = p.end();
        boolean hyphen = j < t.size() && t.get(j).text().equals("-");
        if (hyphen) {
            j++;
        }
        Unit unit = null;
        int unitEnd = -1;
        for (Map.Entry<List<String>, Unit> e : lex.units().entrySet()) {
            List<String> w = e.getKey();
            if (j + w.size() <= lower.size() && lower.subList(j, j + w.size()).equals(w)
                    && (unit == null || j + w.size() > unitEnd)) {
                unit = e.getValue();
                unitEnd = j + w.size();
            }
        }
        if (unit == null && p.start() > 0) {
            // currency symbols before the figure: "$2 billion"
            Unit before = lex.units().get(List.of(lower.get(p.start() - 1)));
            if (before != null && !Character.isLetter(lower.get(p.start() - 1).charAt(0))) {
                unit = before;
                unitEnd = p.end();
            }
        }
        if (unit == null) {
            return Optional.empty();
        }
        String object = null;
        int last = unitEnd - 1;
        for (int k = unitEnd; k < Math.min(t.size(), unitEnd + 3); k++) {
            String pos = t.get(k).pos();
            if (pos.equals("NOUN")) {
                // "15 miles north of Detroit", "100 metres away from the compound": a distance
                // between two things, not a size of one
                if (k + 1 < t.size() && t.get(k + 1).pos().equals("ADP")) {
                    return Optional.empty();
                }
                object = t.get(k).lemma();
                last = k;
                break;
            }
            if (!pos.equals("ADJ") && !(k == unitEnd && vocab.grammar().unitComplements().contains(lower.get(k)))) {
                break;
            }
        }
        if (object == null) {
            // "Turnout was 62 percent", "a deal worth $2 billion": the thing measured just before,
            // joined by a copula or "worth" — not "stocks plunged 5.4 per cent" (a change, not a size)
            for (int k = p.start() - 1; k >= Math.max(0, p.start() - 6); k--) {
                String pos = t.get(k).pos();
                if (pos.equals("NOUN") && lex.units().get(List.of(lower.get(k))) == null) {
                    object = t.get(k).lemma();
                    break;
                }
                if (!(pos.equals("AUX") || pos.equals("ADJ") || pos.equals("ADP") || pos.equals("ADV")
                        || pos.equals("DET") || pos.equals("PROPN") || pos.equals("SYM")
                        || pos.equals("PUNCT") && !lower.get(k).equals(","))) {
                    break;
                }
            }
        }
        if (object == null) {
            return Optional.empty();
        }
        return Optional.of(new Measured(unit.dimension() + ":" + object, unit.base(), unit.factor(), last));
    }

    /**
     * Counted things: "280 deaths", "280 people died", "killing 280", "the death toll rose to 2,000".
     *
     * @param risingAt where a rising-figure match ending at the figure starts, or -1
     */
    private Optional<Measured> count(SentenceContext ctx, List<String> lower, NumberPhrases.Phrase p, int risingAt) {
        List<Token> t = ctx.tokens;
        int k = p.end();
        // adjectives before the counted noun ("12 injured Palestinians"), but not one that names
        // the measure itself ("left 12 dead")
        while (k < t.size() && k < p.end() + 2
                && (t.get(k).pos().equals("ADJ") && !namesMeasure(t.get(k))
                    || vocab.grammar().figureFollowers().contains(lower.get(k)))) {
            k++;
        }
        // "killing at least 280 people", "killed 20", "killing 17 passengers" (deaths, not passengers),
        // "wounding other 70"
        int fillerAt = startOfMatchBefore(filler, ctx.sequence(), p.start());
        int verbAt = (fillerAt >= 0 ? fillerAt : p.start()) - 1;
        if (verbAt >= 0) {
            Optional<Measure> before = byVerb(t.get(verbAt)).or(() -> byPhraseEndingAt(t, verbAt));
            if (before.isPresent()) {
                boolean specific = k < t.size() && lex.specificNouns().contains(t.get(k).lemma());
                String group = specific ? "/" + t.get(k).lemma() : "";
                boolean counted = specific || k < t.size() && lex.genericNouns().contains(t.get(k).lemma());
                return Optional.of(new Measured(before.get().id() + group, "", 1, counted ? k : p.end() - 1));
            }
        }
        if (k < t.size()) {
            String lemma = t.get(k).lemma();
            String word = lower.get(k);
            Optional<Measure> direct = byNoun(lemma).or(() -> byNoun(word));
            if (direct.isPresent()) {
                return Optional.of(new Measured(direct.get().id(), "", 1, k));
            }
            boolean generic = lex.genericNouns().contains(lemma);
            boolean specific = lex.specificNouns().contains(lemma);
            int verbFrom = generic || specific ? k + 1 : k;
            // "Four homes on Elm Street were destroyed": one place phrase before the verb
            verbFrom = placePhraseEnd(t, verbFrom);
            for (int v = verbFrom; v < Math.min(t.size(), verbFrom + VERB_LOOKAHEAD); v++) {
                String group = specific ? "/" + lemma : "";
                Optional<PhraseHit> phrase = byPhraseAt(t, v);
                if (phrase.isPresent()) {
                    return Optional.of(new Measured(phrase.get().measure().id() + group, "", 1,
                            v + phrase.get().length() - 1));
                }
                Optional<Measure> byVerb = byVerb(t.get(v));
                if (byVerb.isPresent()) {
                    return Optional.of(new Measured(byVerb.get().id() + group, "", 1, v));
                }
                String pos = t.get(v).pos();
                if (!(pos.equals("AUX") || pos.equals("ADV") || pos.equals("PART"))) {
                    break;
                }
            }
        }
        // "the death toll rose to 2,000" (the tagger may read "rose" as a noun: a rising-figure
        // match before the figure is no noun between toll and figure)
        int connectorsEnd = risingAt >= 0 ? risingAt : p.start();
        for (int s = Math.max(0, p.start() - TOLL_LOOKBACK); s < p.start(); s++) {
            for (Measure m : lex.measures()) {
                for (List<String> toll : m.tolls()) {
                    if (s + toll.size() <= p.start() && lower.subList(s, s + toll.size()).equals(toll)
                            && onlyConnectors(t, s + toll.size(), connectorsEnd)) {
                        return Optional.of(new Measured(m.id(), "", 1, p.end() - 1));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The token after a prepositional phrase of names and nouns at {@code from} ("on Elm Street",
     * "in the village"), when an auxiliary or verb follows it; else {@code from}.
     */
    private static int placePhraseEnd(List<Token> t, int from) {
        if (from >= t.size() || !t.get(from).pos().equals("ADP")) {
            return from;
        }
        int k = from + 1;
        while (k < t.size() && k - from <= PLACE_PHRASE_WORDS && PLACE_PHRASE_TAGS.contains(t.get(k).pos())) {
            k++;
        }
        boolean verbNext = k > from + 1 && k < t.size()
                && (t.get(k).pos().equals("AUX") || t.get(k).pos().equals("VERB"));
        return verbNext ? k : from;
    }

    private static final int PLACE_PHRASE_WORDS = 4;
    private static final Set<String> PLACE_PHRASE_TAGS = Set.of("DET", "ADJ", "PROPN", "NOUN", "NUM");

    /**
     * "the death toll rose to 2,000", "the death toll in Valmora rose to 315", "put the magnitude
     * at 6.1": only verbs, particles, prepositions, adverbs, adjectives, determiners and names stand between a toll phrase and its figure; a noun
     * there ("a 5.9 magnitude earthquake leveled seven villages") means the figure counts
     * something else.
     */
    private static boolean onlyConnectors(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String pos = t.get(k).pos();
            if (!(pos.equals("AUX") || pos.equals("VERB") || pos.equals("ADP") || pos.equals("ADV")
                    || pos.equals("PART") || pos.equals("ADJ") || pos.equals("DET") || pos.equals("PROPN"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Five bombs were dropped", "home to 200,000 people", "over 24,000 refugees": a whole number
     * before a noun counts that noun ({@code count:bomb}) even with no measure word. Such figures
     * are compared only between restatements of one sentence (see count-conflict); durations
     * ("three hours"), ages and years are not counts.
     */
    private Optional<Measured> countedNoun(SentenceContext ctx, List<String> lower, NumberPhrases.Phrase p) {
        List<Token> t = ctx.tokens;
        if (!p.integer() || p.value() < 1) {
            return Optional.empty();
        }
        int k = p.end();
        while (k < t.size() && k < p.end() + 2 && t.get(k).pos().equals("ADJ")) {
            k++;
        }
        if (k >= t.size() || !t.get(k).pos().equals("NOUN") || t.get(k).text().equals("-")) {
            return Optional.empty();
        }
        // a noun compound counts its last noun: "two tank shells" counts shells, not tanks
        if (!countable(t, lower, k)) {
            return Optional.empty();
        }
        while (k + 1 < t.size() && (isNoun(t.get(k + 1)) || participleInCompound(t, k + 1))) {
            k += isNoun(t.get(k + 1)) ? 1 : 2;
            // "500 kilometers south of Tehran": a measure, not a count of norths and souths
            if (!countable(t, lower, k)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Measured(QuantityClaim.COUNTED + t.get(k).lemma(), "", 1, k));
    }

    private static boolean isNoun(Token tok) {
        return tok.pos().equals("NOUN") && !tok.text().equals("-");
    }

    /**
     * "one rocket propelled grenade launcher": a past participle between two nouns continues the
     * compound, which counts its last noun (launchers, not rockets). A participle is a verb whose
     * form is not its lemma and ends like one ("propelled"); "two buses carrying passengers" is a
     * clause, not a compound.
     */
    private boolean participleInCompound(List<Token> t, int k) {
        Token tok = t.get(k);
        return k + 1 < t.size() && (tok.pos().equals("VERB") || tok.pos().equals("ADJ"))
                && !tok.lower().equals(tok.lemma()) && isNoun(t.get(k + 1))
                && vocab.grammar().participleEndings().stream().anyMatch(tok.lower()::endsWith);
    }

    /**
     * Whether the noun at {@code k} is counted by a number before it: not a unit, duration, date
     * word, clock time ("around 2 a.m.") or statistic.
     */
    private boolean countable(List<Token> t, List<String> lower, int k) {
        String lemma = t.get(k).lemma();
        return !(vocab.lexicon().durationUnits().containsKey(lower.get(k))
                || vocab.lexicon().calendar().clockSuffixes().containsKey(lower.get(k))
                || lex.elapsed().yearUnits().containsKey(lemma) || vocab.isCalendarWord(lower.get(k))
                || lex.units().containsKey(List.of(lower.get(k))) || lex.uncountedNouns().contains(lemma));
    }

    /** Whether the word is a measure's noun ("dead", "wounded"). */
    private boolean namesMeasure(Token tok) {
        return byNoun(tok.lemma()).or(() -> byNoun(tok.lower())).isPresent();
    }

    private Optional<Measure> byNoun(String word) {
        return lex.measures().stream().filter(m -> m.nouns().contains(word)).findFirst();
    }

    /** "20 more people", "two other rifles": an increment; else a running total or one incident's figure. */
    private QuantityClaim.Reach reach(List<String> lower, NumberPhrases.Phrase p, boolean runningTotal) {
        if (p.end() < lower.size() && vocab.grammar().figureFollowers().contains(lower.get(p.end()))) {
            return QuantityClaim.Reach.INCREMENT;
        }
        return runningTotal ? QuantityClaim.Reach.RUNNING_TOTAL : QuantityClaim.Reach.INCIDENT;
    }

    /** A measure whose before-figure phrase ends at token {@code end} ("claimed the lives of" 12). */
    private Optional<Measure> byPhraseEndingAt(List<Token> t, int end) {
        for (Measure m : lex.measures()) {
            for (List<String> phrase : m.before()) {
                if (end + 1 >= phrase.size() && phraseAt(t, end + 1 - phrase.size(), phrase)) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    /** A measure phrase found in the tokens, and how many tokens it covers. */
    private record PhraseHit(Measure measure, int length) {
    }

    /** A measure whose after-noun phrase starts at token {@code start} ("12 people" "lost their lives"). */
    private Optional<PhraseHit> byPhraseAt(List<Token> t, int start) {
        for (Measure m : lex.measures()) {
            for (List<String> phrase : m.after()) {
                if (phraseAt(t, start, phrase)) {
                    return Optional.of(new PhraseHit(m, phrase.size()));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the tokens from {@code start} are {@code phrase}, word by word, by lemma or by form. */
    private static boolean phraseAt(List<Token> t, int start, List<String> phrase) {
        if (start < 0 || start + phrase.size() > t.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            Token tok = t.get(start + i);
            if (!phrase.get(i).equals(tok.lemma()) && !phrase.get(i).equals(tok.lower())) {
                return false;
            }
        }
        return true;
    }

    /** A measure verb, by lemma or, for verbs the lemmatizer does not know ("derailed"), by form. */
    private Optional<Measure> byVerb(Token t) {
        return lex.measures().stream().filter(m -> m.verbs().contains(t.lemma()) || m.verbs().contains(t.lower()))
                .findFirst();
    }

    /**
     * Where a match of {@code p} ending right before token {@code i} starts, or -1 ("two of the
     * three victims": the {@code denominator} pattern before "three").
     */
    private static int startOfMatchBefore(TokenPattern p, TokenList t, int i) {
        for (int start = Math.max(0, i - MARKER_WINDOW); start < i; start++) {
            if (p.matchAt(t, start).filter(m -> m.end() == i).isPresent()) {
                return start;
            }
        }
        return -1;
    }

    /** A plan, capacity or forecast marker near the figure ("could hold"); not the month "May". */
    private boolean notActual(List<Token> t, NumberPhrases.Phrase p) {
        for (int k = Math.max(0, p.start() - MARKER_WINDOW); k < Math.min(t.size(), p.end() + 3); k++) {
            boolean month = t.get(k).capitalised() && vocab.isCalendarWord(t.get(k).lower());
            if (!month && lex.notActual().contains(t.get(k).lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "in Derna", "across Libya", "in the town of Brenn": a capitalised place after a scope
     * preposition, searched after the figure first, then back to the start of the sentence
     * ("The death toll in Valmora rose to 315", "In Brenn, 12 people died").
     */
    private Optional<String> scope(SentenceContext ctx, NumberPhrases.Phrase p, int last) {
        List<Token> t = ctx.tokens;
        for (int k = last + 1; k < Math.min(t.size() - 1, last + SCOPE_WINDOW); k++) {
            if (t.get(k).text().equals(".") || t.get(k).text().equals(";")) {
                break;
            }
            Optional<String> place = placeAfter(ctx, k);
            if (place.isPresent()) {
                return place;
            }
        }
        for (int k = p.start() - 1; k >= Math.max(0, p.start() - SCOPE_WINDOW); k--) {
            if (t.get(k).text().equals(";")) {
                break;
            }
            Optional<String> place = placeAfter(ctx, k);
            if (place.isPresent()) {
                return place;
            }
        }
        return Optional.empty();
    }

    /** The place named after a scope preposition at token {@code k}: "in [the] [town of] Brenn". */
    private Optional<String> placeAfter(SentenceContext ctx, int k) {
        List<Token> t = ctx.tokens;
        if (!lex.scopePrepositions().contains(t.get(k).lower())) {
            return Optional.empty();
        }
        int s = k + 1;
        if (vocab.grammar().article(ctx.lower, s)) {
            s++;
        }
        if (s < t.size() && !isPlaceWord(ctx, s)) {
            // "the neighbouring town of Brenn", "the province of Ostra"
            for (int o = s; o < Math.min(t.size() - 1, s + PLACE_HEAD_WORDS); o++) {
                if (vocab.grammar().complementPrepositions().contains(t.get(o).lower())) {
                    s = isPlaceWord(ctx, o + 1) ? o + 1 : s;
                    break;
                }
                if (!t.get(o).isWord() || isPlaceWord(ctx, o)) {
                    break;
                }
            }
        }
        int e = s;
        while (e < t.size() && isPlaceWord(ctx, e)) {
            e++;
        }
        return e > s ? Optional.of(ctx.text(s, e).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static boolean isPlaceWord(SentenceContext ctx, int k) {
        return ctx.proper[k] || ctx.country[k] != null;
    }

    /** "according to the interior ministry": who the sentence attributes its figures to. */
    private Optional<String> attribution(SentenceContext ctx, List<String> lower) {
        for (List<String> marker : lex.attributionMarkers()) {
            for (int k = 0; k + marker.size() < lower.size(); k++) {
                if (!lower.subList(k, k + marker.size()).equals(marker)) {
                    continue;
                }
                int s = k + marker.size();
                if (vocab.grammar().article(lower, s)) {
                    s++;
                }
                int e = s;
                while (e < lower.size() && e < s + 5 && ctx.tokens.get(e).isWord()
                        && !ctx.tokens.get(e).pos().equals("VERB") && !ctx.tokens.get(e).pos().equals("ADP")) {
                    e++;
                }
                if (e > s) {
                    return Optional.of(String.join(" ", lower.subList(s, e)));
                }
            }
        }
        return saidBy(ctx, lower);
    }

    /** ", the Red Crescent said": the noun phrase between a comma and a speech verb. */
    private Optional<String> saidBy(SentenceContext ctx, List<String> lower) {
        List<Token> t = ctx.tokens;
        for (int v = 2; v < t.size(); v++) {
            if (!lex.speechVerbs().contains(t.get(v).lemma()) || !t.get(v).pos().equals("VERB")) {
                continue;
            }
            int s = v - 1;
            while (s >= 0 && !lower.get(s).equals(",") && v - s <= 5) {
                s--;
            }
            if (s < 0 || !lower.get(s).equals(",")) {
                continue;
            }
            int from = s + 1;
            if (vocab.grammar().article(lower, from)) {
                from++;
            }
            boolean named = false;
            for (int k = from; k < v; k++) {
                String pos = t.get(k).pos();
                named |= pos.equals("NOUN") || pos.equals("PROPN") || ctx.proper[k];
                if (pos.equals("PRON")) {
                    named = false;
                    break;
                }
            }
            if (named) {
                return Optional.of(String.join(" ", lower.subList(from, v)));
            }
        }
        return Optional.empty();
    }
}
