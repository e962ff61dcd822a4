package dev.crosscheck.extract;

import dev.crosscheck.load.Article;
import dev.crosscheck.load.Dateline;
import dev.crosscheck.nlp.AnnotatedArticle;
import dev.crosscheck.nlp.Sentence;
import dev.crosscheck.nlp.Token;
import dev.crosscheck.pattern.TokenSequence;
import dev.crosscheck.rules.Lexicon;
import dev.crosscheck.text.DateParser;
import dev.crosscheck.text.NumberParser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Extracts the claims of one annotated article: people, events, durations, quantities, elapsed
 * time and proper words.
 * Immutable and safe to share between threads.
 */
public final class ClaimExtractor {


    private static final int MIN_PROPER_WORD = 3;
    private static final int NEIGHBOUR_WINDOW = 2;

    private final Vocabulary vocab;
    private final NumberPhrases phrases;
    private final TimeExtractor times;
    private final MentionExtractor mentions;
    private final EventExtractor events;
    private final DurationExtractor durations;
    private final QuantityExtractor quantities;
    private final ElapsedExtractor elapsed;
    private final AgeExtractor ages;
    private final DateFinder dates;
    private final QuoteExtractor quotes;
    private final QuoteSpans quoteSpans;

    public ClaimExtractor(Lexicon lexicon) {
        this.vocab = new Vocabulary(lexicon);
        this.mentions = new MentionExtractor(vocab);
        this.events = new EventExtractor(lexicon.events(), vocab.grammar(), lexicon.quotes().markCharacters());
        NumberParser numbers = new NumberParser(lexicon.numbers().words(), lexicon.numbers().scales());
        this.phrases = new NumberPhrases(vocab, numbers, new HedgeIntervals(lexicon.hedges().relative()));
        this.times = new TimeExtractor(lexicon.calendar(), vocab.grammar().possessiveMarks(),
                vocab.grammar().verbOnlyForms());
        this.durations = new DurationExtractor(vocab, phrases);
        this.quantities = new QuantityExtractor(vocab);
        this.elapsed = new ElapsedExtractor(lexicon.quantities().elapsed(), vocab.grammar());
        this.ages = new AgeExtractor(lexicon.quantities().ages());
        Lexicon.Calendar cal = lexicon.calendar();
        this.dates = new DateFinder(new DateParser(cal.months(), cal.weekdays(), cal.slashMonthFirst()),
                new RelativeDates(cal), vocab.grammar());
        this.quoteSpans = new QuoteSpans(lexicon.quotes());
        this.quotes = new QuoteExtractor(vocab, quoteSpans);
    }

    /** All claims of {@code annotated}, in reading order. */
    public ArticleClaims extract(AnnotatedArticle annotated) {
        Article article = annotated.article();
        Set<String> capitalised = new HashSet<>();
        Set<String> lowerCase = new HashSet<>();
        for (Sentence s : annotated.sentences()) {
            SentenceContext.collectCapitalised(s, capitalised);
            for (Token t : s.tokens()) {
                if (t.isWord() && t.text().equals(t.lower())) {
                    lowerCase.add(t.lower());
                }
            }
        }
        Optional<LocalDate> dateline = article.dateline().map(Dateline::date);
        List<PersonMention> persons = new ArrayList<>();
        List<EventMention> eventList = new ArrayList<>();
        List<DurationClaim> durationList = new ArrayList<>();
        List<ProperWord> words = new ArrayList<>();
        List<QuantityClaim> quantityList = new ArrayList<>();
        List<ElapsedClaim> elapsedList = new ArrayList<>();
        List<AgeClaim> ageList = new ArrayList<>();
        List<SentenceContext> contexts = new ArrayList<>();
        List<TimeMention> timeList = new ArrayList<>();
        // discourse state: the person a subject pronoun ("He met Qin") stands for, and how many
        // sentences ago that person was last a subject
        int referent = -1;
        int sinceReferent = 0;
        List<QuoteSpans.Span> quoted = quoteSpans.find(article.text(), sentenceRanges(annotated));
        for (Sentence s : annotated.sentences()) {
            SentenceContext ctx = new SentenceContext(article.source(), article.lines(), s, vocab, capitalised,
                    spansOf(quoted, s));
            contexts.add(ctx);
            int n = s.tokens().size();
            int[] owner = new int[n];
            Arrays.fill(owner, -1);
            for (PersonMention p : mentions.extract(ctx)) {
                for (int k = p.firstToken(); k < p.lastToken(); k++) {
                    owner[k] = persons.size();
                }
                persons.add(p);
            }
            int[] eventAt = new int[n];
            Arrays.fill(eventAt, -1);
            String[] kindAt = new String[n];
            List<TimeMention> sentenceTimes = times.extract(ctx);
            // "He last made a three-day visit to China in 2018": a sentence naming another year
            // than the dateline's (any year, undated) tells of another time
            boolean anotherYear = sentenceTimes.stream().anyMatch(tm -> tm.kind() == TimeMention.Kind.YEAR
                    && dateline.map(d -> d.getYear() != tm.value()).orElse(true));
            for (EventMention e : events.extract(ctx, withPronounReferent(ctx, owner, referent),
                    dates.find(ctx, dateline), anotherYear)) {
                eventAt[e.trigger()] = eventList.size();
                kindAt[e.trigger()] = e.kind();
                eventList.add(e);
            }
            List<NumberPhrases.Phrase> numbers = phrases.all(ctx.tokens, ctx.lower);
            durationList.addAll(durations.extract(ctx, eventAt, numbers));
            quantityList.addAll(quantities.extract(ctx, dateline, numbers));
            elapsedList.addAll(elapsed.extract(ctx, kindAt, dateline, numbers));
            ageList.addAll(ages.extract(ctx, owner));
            properWords(ctx, owner, words, lowerCase);
            timeList.addAll(sentenceTimes);
            int subject = sentenceSubject(ctx, owner);
            if (subject >= 0) {
                referent = subject;
                sinceReferent = 0;
            } else if (++sinceReferent > PRONOUN_WINDOW_SENTENCES) {
                referent = -1;
            }
        }
        return new ArticleClaims(article.withoutText(), List.copyOf(persons), List.copyOf(eventList),
                List.copyOf(durationList),
                List.copyOf(words), List.copyOf(quantityList), List.copyOf(elapsedList), List.copyOf(ageList),
                List.copyOf(quotes.extract(article, contexts, persons, quoted)), annotated.sentences().size(),
                annotated.tokenCount(), List.copyOf(timeList), firstProse(annotated));
    }


    /**
     * The token sequences token patterns read in {@code annotated}, one per sentence, with the
     * tokens inside quotation marks marked (pattern examples).
     */
    public List<TokenSequence> sequences(AnnotatedArticle annotated) {
        List<QuoteSpans.Span> spans = quoteSpans.find(annotated.article().text(), sentenceRanges(annotated));
        List<TokenSequence> out = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            out.add(new SentenceContext(annotated.article().source(), annotated.article().lines(), s, vocab,
                    Set.of(), spansOf(spans, s)).sequence());
        }
        return out;
    }

    private static List<int[]> sentenceRanges(AnnotatedArticle annotated) {
        List<int[]> out = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            out.add(new int[] {s.start(), s.end()});
        }
        return out;
    }

    /** The quoted spans that overlap sentence {@code s}. */
    private static List<QuoteSpans.Span> spansOf(List<QuoteSpans.Span> spans, Sentence s) {
        List<QuoteSpans.Span> out = new ArrayList<>();
        for (QuoteSpans.Span q : spans) {
            if (q.open() < s.end() && q.close() >= s.start()) {
                out.add(q);
            }
        }
        return out;
    }

    /** Fewest words of a sentence of running prose. */
    private static final int PROSE_MIN_WORDS = 6;

    /** Index of the first sentence of running prose, or the sentence count when there is none. */
    private int firstProse(AnnotatedArticle annotated) {
        for (Sentence s : annotated.sentences()) {
            List<Token> t = s.tokens();
            long words = t.stream().filter(Token::isWord).count();
            int last = t.size() - 1;
            while (last > 0 && isClosingMark(t.get(last).text())) {
                last--;
            }
            if (words >= PROSE_MIN_WORDS && last >= 0 && isTerminal(t.get(last).text())) {
                return s.index();
            }
        }
        return annotated.sentences().size();
    }

    private static boolean isTerminal(String token) {
        return token.equals(".") || token.equals("!") || token.equals("?");
    }

    /** A quote mark or closing bracket after a sentence's full stop ("... he said.”"). */
    private boolean isClosingMark(String token) {
        return token.length() == 1 && (quoteSpans.isMark(token.charAt(0)) || token.equals(")") || token.equals("]"));
    }

    /** A subject pronoun stands for the last sentence subject at most this many sentences back. */
    private static final int PRONOUN_WINDOW_SENTENCES = 2;

    /**
     * The owners for event attachment: a subject pronoun ("He held talks with Qin") is taken as a
     * mention of {@code referent}, the subject of a sentence just before.
     */
    private int[] withPronounReferent(SentenceContext ctx, int[] owner, int referent) {
        if (referent < 0) {
            return owner;
        }
        int[] out = owner;
        for (int i = 0; i < ctx.tokens.size(); i++) {
            Token t = ctx.tokens.get(i);
            if (owner[i] < 0 && "PRON".equals(t.pos()) && vocab.grammar().subjectPronouns().contains(t.lower())) {
                if (out == owner) {
                    out = owner.clone();
                }
                out[i] = referent;
            }
        }
        return out;
    }

    /** The sentence's first person mention that does not follow a preposition ("in Ankara"), or -1. */
    private static int sentenceSubject(SentenceContext ctx, int[] owner) {
        for (int i = 0; i < owner.length; i++) {
            if (owner[i] >= 0 && (i == 0 || owner[i - 1] != owner[i])) {
                if (i > 0 && "ADP".equals(ctx.tokens.get(i - 1).pos())) {
                    continue;
                }
                return owner[i];
            }
        }
        return -1;
    }

    /**
     * Capitalised words for spelling comparison. A word the article also writes in lower case
     * ("Escaped" in a headline, "escaped" in the story) is a common word, and a headline's
     * capitalised words count only where the tagger reads them as names.
     */
    private void properWords(SentenceContext ctx, int[] owner, List<ProperWord> out, Set<String> lowerCase) {
        List<Token> t = ctx.tokens;
        long words = t.stream().filter(Token::isWord).count();
        long capitals = t.stream().filter(x -> x.isWord() && SentenceContext.isAcronym(x.text())).count();
        boolean capitalsSentence = capitals * 2 > words;
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            String text = tok.text();
            boolean acronym = SentenceContext.isAcronym(text);
            if (acronym && (ctx.headline || capitalsSentence || !allLetters(text))) {
                continue; // a headline or sentence in capitals holds no acronyms; "U.S.", "G-20" are not spelt
            }
            if (!acronym && !ctx.proper[i] || text.length() < MIN_PROPER_WORD
                    || vocab.isCalendarWord(tok.lower()) || text.indexOf('.') >= 0
                    || lowerCase.contains(tok.lower()) || ctx.headline && !"PROPN".equals(tok.pos())) {
                continue;
            }
            Set<String> neighbours = new LinkedHashSet<>();
            for (int k = Math.max(0, i - NEIGHBOUR_WINDOW); k <= Math.min(t.size() - 1, i + NEIGHBOUR_WINDOW); k++) {
                Token nb = t.get(k);
                if (k != i && nb.isWord() && !vocab.isFunctionWord(nb.lower()) && isContent(nb)) {
                    neighbours.add(nb.lemma());
                }
            }
            out.add(new ProperWord(ctx.anchor(i, i + 1), text, Set.copyOf(neighbours), owner[i], acronym));
        }
    }

    private static boolean allLetters(String s) {
        return s.chars().allMatch(Character::isLetter);
    }

    private static boolean isContent(Token t) {
        return switch (t.pos()) {
            case "NOUN", "PROPN", "ADJ", "VERB", "NUM" -> true;
            default -> t.capitalised();
        };
    }
}
