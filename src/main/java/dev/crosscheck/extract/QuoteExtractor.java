package dev.crosscheck.extract;

import dev.crosscheck.load.Article;
import dev.crosscheck.nlp.Token;
import dev.crosscheck.rules.Lexicon;
import dev.crosscheck.rules.Lexicon.Office;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds direct quotes and who said them. Attribution, tried in this order: right after the
 * closing mark ('“…,” Xi said', '“…,” said Wu', '“…,” the president said'); the nearest speech
 * verb before the quote in its sentence ('Wang said that “…”', 'X stressed that “…”'), whose
 * subject is the speaker (or the person after it for '… said Wang'; never the listener of
 * "told"); a speech verb later in the sentence; "according to X". A speech verb whose subject
 * is not a person ("the ministry said") attributes the quote to no one. A pronoun ("he said")
 * stands for the last speaker within the lexicon's window; a paragraph that is nothing but a
 * quote continues the quote before it. Names inside quotes never speak.
 */
final class QuoteExtractor {

    private static final int MAX_SKIP = 5;
    private static final int MAX_DESCRIPTOR = 3;

    private final Vocabulary vocab;
    private final Lexicon.Quotes lex;
    private final QuoteSpans spans;

    /** @param spans the article's quote-mark pairing, shared with the claim extractor that finds the spans */
    QuoteExtractor(Vocabulary vocab, QuoteSpans spans) {
        this.vocab = vocab;
        this.lex = vocab.lexicon().quotes();
        this.spans = spans;
    }

    /** A speaker candidate found at a token, with the token after it. */
    private record Found(Speaker speaker, int end) {
    }

    private record Pending(QuoteSpans.Span span, int openSentence, int openToken, int closeSentence,
                           int closeToken, List<QuoteWord> words) {
    }

    private record Act(int offset, int sentence, int token) {
    }

    /** Per-article state: the sentences, mentions by position, tokens inside quotes. */
    private final class Doc {
        final Article article;
        final List<SentenceContext> ctxs;
        final List<PersonMention> persons;
        final Map<Long, Integer> byStart = new HashMap<>();
        final Map<Long, Integer> byEnd = new HashMap<>();
        final boolean[][] inQuote;
        final Map<Integer, Integer> position = new HashMap<>();

        Doc(Article article, List<SentenceContext> ctxs, List<PersonMention> persons) {
            this.article = article;
            this.ctxs = ctxs;
            this.persons = persons;
            for (int i = 0; i < ctxs.size(); i++) {
                position.put(ctxs.get(i).sentence.index(), i);
            }
            for (int m = 0; m < persons.size(); m++) {
                PersonMention p = persons.get(m);
                Integer s = position.get(p.anchor().sentence());
                if (s != null) {
                    byStart.put(key(s, p.firstToken()), m);
                    byEnd.put(key(s, p.lastToken() - 1), m);
                }
            }
            inQuote = new boolean[ctxs.size()][];
            for (int i = 0; i < ctxs.size(); i++) {
                inQuote[i] = new boolean[ctxs.get(i).tokens.size()];
            }
        }

        int sentenceOf(PersonMention p) {
            return position.getOrDefault(p.anchor().sentence(), -1);
        }

        List<Token> tokens(int s) {
            return ctxs.get(s).tokens;
        }
    }

    private static long key(int sentence, int token) {
        return (long) sentence << 32 | token;
    }

    /** @param quoteSpans the article's quoted spans ({@link QuoteSpans#find}) over the sentences of {@code ctxs} */
    List<QuoteClaim> extract(Article article, List<SentenceContext> ctxs, List<PersonMention> persons,
                             List<QuoteSpans.Span> quoteSpans) {
        Doc doc = new Doc(article, ctxs, persons);
        List<Pending> pending = new ArrayList<>();
        for (QuoteSpans.Span span : quoteSpans) {
            Pending p = locate(doc, span);
            if (p != null && !p.words().isEmpty()) {
                pending.add(p);
            }
        }
        List<Act> acts = new ArrayList<>();
        for (int s = 0; s < ctxs.size(); s++) {
            List<Token> t = doc.tokens(s);
            for (int k = 0; k < t.size(); k++) {
                if (!doc.inQuote[s][k] && isSpeechVerb(t.get(k))) {
                    acts.add(new Act(t.get(k).start(), s, k));
                }
            }
        }
        return attribute(doc, pending, acts);
    }

    /**
     * Finds the tokens of a span, marks them as quoted and collects its words. Every word lies
     * between the quote's marks: an unbalanced quote closed at the next opening mark ("We won.
     * It is “soon”) stops there, not at its sentence's end.
     */
    private Pending locate(Doc doc, QuoteSpans.Span span) {
        int os = sentenceAt(doc, span.open());
        int cs = sentenceAt(doc, span.balanced() ? span.close() : span.close() - 1);
        if (os < 0 || cs < 0) {
            return null;
        }
        int ot = tokenAt(doc.tokens(os), span.open());
        int ct = span.balanced() ? tokenAt(doc.tokens(cs), span.close()) : lastTokenBefore(doc.tokens(cs), span.close());
        List<QuoteWord> words = new ArrayList<>();
        int depth = 0;
        for (int s = os; s <= cs; s++) {
            List<Token> t = doc.tokens(s);
            int from = s == os ? ot : 0;
            int to = s == cs ? ct : t.size() - 1;
            for (int k = from; k <= to && k < t.size(); k++) {
                doc.inQuote[s][k] = true;
                Token tok = t.get(k);
                if (tok.start() <= span.open() || tok.end() > span.close()) {
                    continue;
                }
                depth += bracketDelta(tok.text());
                if (tok.isWord()) {
                    words.add(new QuoteWord(tok.text(), tok.lemma(), tok.pos(), tok.start(), tok.end(), false,
                            depth > 0, lex.fold(tok.lower())));
                } else if (!words.isEmpty() && isSentenceEnd(tok.text())) {
                    QuoteWord w = words.get(words.size() - 1);
                    words.set(words.size() - 1, new QuoteWord(w.text(), w.lemma(), w.pos(), w.start(), w.end(),
                            true, w.editorial(), w.lower()));
                }
            }
        }
        return new Pending(span, os, ot, cs, ct, List.copyOf(words));
    }

    private int bracketDelta(String token) {
        int d = 0;
        for (String pair : lex.editorialBrackets()) {
            if (token.equals(pair.substring(0, 1))) {
                d++;
            } else if (token.equals(pair.substring(1))) {
                d--;
            }
        }
        return d;
    }

    private static boolean isSentenceEnd(String s) {
        return s.equals(".") || s.equals("!") || s.equals("?") || s.equals("…");
    }

    private static int sentenceAt(Doc doc, int offset) {
        for (int i = 0; i < doc.ctxs.size(); i++) {
            var s = doc.ctxs.get(i).sentence;
            if (s.start() <= offset && offset < s.end()) {
                return i;
            }
        }
        return -1;
    }

    /** The last token that starts before {@code offset} (the sentence's last token when all do). */
    private static int lastTokenBefore(List<Token> tokens, int offset) {
        int k = tokens.size() - 1;
        while (k > 0 && tokens.get(k).start() >= offset) {
            k--;
        }
        return k;
    }

    private static int tokenAt(List<Token> tokens, int offset) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).end() > offset) {
                return k;
            }
        }
        return tokens.size() - 1;
    }

    // ---- attribution --------------------------------------------------------------------

    private List<QuoteClaim> attribute(Doc doc, List<Pending> quotes, List<Act> acts) {
        List<Object> events = new ArrayList<>(acts);
        events.addAll(quotes);
        events.sort(Comparator.comparingInt(e -> e instanceof Act a ? a.offset() : ((Pending) e).span().open()));
        List<QuoteClaim> out = new ArrayList<>();
        Speaker last = null;
        int lastSentence = -1;
        Pending previousQuote = null;
        Speaker previousSpeaker = null;
        for (Object e : events) {
            if (e instanceof Act a) {
                Speaker s = subjectOf(doc, a.sentence(), a.token());
                if (s != null && s.kind() == Speaker.Kind.PRONOUN) {
                    s = resolvePronoun(doc, s, last, lastSentence, a.sentence(), a.token());
                }
                if (s != null && s.known()) {
                    last = s;
                    lastSentence = a.sentence();
                }
                continue;
            }
            Pending q = (Pending) e;
            Speaker s = attribution(doc, q);
            if (s == null && startsSentence(doc, q) && endsSentence(doc, q) && previousQuote != null && previousSpeaker != null
                    && q.openSentence() - previousQuote.closeSentence() <= lex.continuationWindow()) {
                s = previousSpeaker.through(Speaker.Kind.CONTINUATION, "");
            }
            if (s != null && s.kind() == Speaker.Kind.PRONOUN) {
                s = resolvePronoun(doc, s, last, lastSentence, q.closeSentence(), q.closeToken());
            }
            if (s == null) {
                s = Speaker.NONE;
            }
            if (s.known()) {
                last = s;
                lastSentence = q.closeSentence();
            }
            previousQuote = q;
            previousSpeaker = s.known() ? s : null;
            out.add(claim(doc, q, s));
        }
        return out;
    }

    /**
     * "he said": the last speaker within the window; failing that, the one person named in the
     * window before it (two different names there leave it unresolved).
     */
    private Speaker resolvePronoun(Doc doc, Speaker pronoun, Speaker last, int lastSentence, int sentence,
                                   int token) {
        boolean recent = last != null && sentence - lastSentence <= lex.pronounWindow();
        int subject = newerSubject(doc, recent ? lastSentence : sentence - lex.pronounWindow() - 1, sentence, token);
        if (subject >= 0) {
            return fromMention(doc, subject).through(Speaker.Kind.PRONOUN, pronoun.text());
        }
        if (recent) {
            return last.through(Speaker.Kind.PRONOUN, pronoun.text());
        }
        int found = -1;
        String surname = null;
        for (int m = 0; m < doc.persons.size(); m++) {
            PersonMention p = doc.persons.get(m);
            int s = doc.sentenceOf(p);
            if (s < 0 || s < sentence - lex.pronounWindow() || s > sentence || s == sentence && p.firstToken() >= token
                    || p.roleOnly() || doc.inQuote[s][p.firstToken()]) {
                continue;
            }
            String key = p.nameWords().get(p.nameWords().size() - 1).toLowerCase(java.util.Locale.ROOT);
            if (surname != null && !surname.equals(key)) {
                return Speaker.NONE;
            }
            surname = key;
            found = m;
        }
        return found < 0 ? Speaker.NONE : fromMention(doc, found).through(Speaker.Kind.PRONOUN, pronoun.text());
    }

    /**
     * "Lena Orsk was more cautious. “…,” she said.": the latest sentence after {@code after}
     * (up to the pronoun) that opens with a named person before any verb; that person is the
     * pronoun's antecedent rather than an earlier speaker. -1 when there is none.
     */
    private static int newerSubject(Doc doc, int after, int sentence, int token) {
        for (int s = sentence; s > after && s >= 0; s--) {
            List<Token> t = doc.tokens(s);
            int limit = s == sentence ? token : t.size();
            int single = -1;
            for (int k = 0; k < limit; k++) {
                if (doc.inQuote[s][k] || t.get(k).pos().startsWith("VERB") || t.get(k).pos().startsWith("AUX")) {
                    break;
                }
                Integer m = doc.byStart.get(key(s, k));
                if (m != null && !doc.persons.get(m).roleOnly()) {
                    if (doc.persons.get(m).fullName() || doc.persons.get(m).office().isPresent()) {
                        return m;
                    }
                    single = single < 0 ? m : single;
                }
            }
            if (single >= 0) {
                return single;
            }
        }
        return -1;
    }

    private boolean startsSentence(Doc doc, Pending q) {
        List<Token> t = doc.tokens(q.openSentence());
        for (int k = 0; k < q.openToken(); k++) {
            if (t.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(Doc doc, Pending q) {
        List<Token> t = doc.tokens(q.closeSentence());
        for (int k = q.closeToken() + 1; k < t.size(); k++) {
            if (t.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** The speaker the sentence gives for a quote; NONE when it names a non-person; null when it names no one. */
    private Speaker attribution(Doc doc, Pending q) {
        int cs = q.closeSentence();
        List<Token> t = doc.tokens(cs);
        // 1. right after the closing mark
        int k = q.closeToken() + 1;
        while (k < t.size() && (t.get(k).text().equals(",") || isMarkToken(t.get(k)))) {
            k++;
        }
        if (k < t.size() && !doc.inQuote[cs][k]) {
            Found f = speakerAt(doc, cs, k);
            if (f != null) {
                int v = skip(doc, cs, f.end(), +1);
                if (v < t.size() && isSpeechVerb(t.get(v))) {
                    return f.speaker();
                }
            }
            int v = skip(doc, cs, k, +1);
            if (v < t.size() && isSpeechVerb(t.get(v)) && !isAddresseeVerb(t.get(v))) {
                Found after = speakerAt(doc, cs, v + 1);
                if (after != null && after.speaker().kind() != Speaker.Kind.PRONOUN) {
                    return after.speaker();
                }
            }
        }
        // 2. the nearest speech verb before the quote in its sentence
        int os = q.openSentence();
        for (int v = q.openToken() - 1; v >= 0; v--) {
            if (!doc.inQuote[os][v] && isSpeechVerb(doc.tokens(os).get(v))) {
                return byVerb(doc, os, v);
            }
        }
        Speaker source = sourceMarker(doc, os, 0, q.openToken());
        if (source != null) {
            return source;
        }
        // 3. a speech verb later in the sentence
        for (int v = q.closeToken() + 1; v < t.size(); v++) {
            if (!doc.inQuote[cs][v] && isSpeechVerb(t.get(v))) {
                return byVerb(doc, cs, v);
            }
        }
        return sourceMarker(doc, cs, q.closeToken() + 1, t.size());
    }

    /** "according to X": the speaker after a source marker in tokens [from, to). */
    private Speaker sourceMarker(Doc doc, int s, int from, int to) {
        List<Token> t = doc.tokens(s);
        for (List<String> marker : lex.sourceMarkers()) {
            for (int k = from; k + marker.size() < to; k++) {
                boolean match = true;
                for (int w = 0; w < marker.size() && match; w++) {
                    match = !doc.inQuote[s][k + w] && t.get(k + w).lower().equals(marker.get(w));
                }
                if (match) {
                    Found f = speakerAt(doc, s, k + marker.size());
                    if (f != null && f.speaker().kind() != Speaker.Kind.PRONOUN) {
                        return f.speaker();
                    }
                    return Speaker.NONE;
                }
            }
        }
        return null;
    }

    /** The speaker of speech verb {@code v}: its subject, or the person after it ("said Wang"), else NONE. */
    private Speaker byVerb(Doc doc, int s, int v) {
        Speaker subject = subjectOf(doc, s, v);
        if (subject != null) {
            return subject;
        }
        return Speaker.NONE;
    }

    /** The subject of speech verb {@code v}, or null when it is not a person. */
    private Speaker subjectOf(Doc doc, int s, int v) {
        List<Token> t = doc.tokens(s);
        int k = skip(doc, s, v - 1, -1);
        if (k >= 1 && t.get(k).text().equals(",") && doc.byEnd.containsKey(key(s, k - 1))) {
            k--;
        }
        if (k >= 0 && !doc.inQuote[s][k]) {
            Speaker before = speakerEndingAt(doc, s, k);
            if (before != null) {
                return before;
            }
            if (vocab.grammar().conjunctions().contains(t.get(k).lower())) {
                // "... said he hoped ... and said “…”": the subject of the previous speech verb
                for (int u = k - 1; u >= 0; u--) {
                    if (!doc.inQuote[s][u] && isSpeechVerb(t.get(u))) {
                        return subjectOf(doc, s, u);
                    }
                }
            }
        }
        // "…,” said Wang": inverted only where no subject can stand (after punctuation or a quote)
        if (!isAddresseeVerb(t.get(v)) && (k < 0 || !t.get(k).isWord())) {
            Found after = speakerAt(doc, s, v + 1);
            if (after != null && after.speaker().kind() != Speaker.Kind.PRONOUN) {
                return after.speaker();
            }
        }
        return null;
    }

    /** Moves from {@code k} in direction {@code dir} over adverbs, auxiliaries and skip words. */
    private int skip(Doc doc, int s, int k, int dir) {
        List<Token> t = doc.tokens(s);
        int steps = 0;
        while (k >= 0 && k < t.size() && steps < MAX_SKIP && !doc.inQuote[s][k]) {
            Token tok = t.get(k);
            String pos = tok.pos();
            boolean skippable = lex.subjectSkip().contains(tok.lower()) || pos.startsWith("AUX")
                    || pos.equals("ADV") || pos.equals("PART");
            if (!skippable) {
                break;
            }
            k += dir;
            steps++;
        }
        return k;
    }

    /** A speaker whose last token is {@code k}: a person mention, a pronoun, or "the president". */
    private Speaker speakerEndingAt(Doc doc, int s, int k) {
        Integer m = doc.byEnd.get(key(s, k));
        if (m != null) {
            return fromMention(doc, m);
        }
        Token tok = doc.tokens(s).get(k);
        if (lex.pronouns().contains(tok.lower())) {
            return new Speaker(Speaker.Kind.PRONOUN, tok.text(), -1, Optional.empty(), Optional.empty());
        }
        for (int j = Math.max(0, k - 3); j <= k; j++) {
            Optional<PhraseMatch<Office>> title = vocab.titleAt(doc.tokens(s), j);
            if (title.isPresent() && title.get().end() == k + 1 && j > 0
                    && vocab.grammar().definiteArticles().contains(doc.tokens(s).get(j - 1).lower())) {
                return role(doc, s, j - 1, k + 1, title.get());
            }
        }
        return null;
    }

    /** A speaker starting at token {@code k} ("Xi Jinping", "the president", "he"). */
    private Found speakerAt(Doc doc, int s, int k) {
        List<Token> t = doc.tokens(s);
        if (k < 0 || k >= t.size() || doc.inQuote[s][k]) {
            return null;
        }
        Integer m = doc.byStart.get(key(s, k));
        if (m == null && vocab.grammar().definiteArticles().contains(t.get(k).lower())) {
            m = doc.byStart.get(key(s, k + 1));
        }
        for (int j = k; m == null && j < Math.min(t.size(), k + MAX_DESCRIPTOR); j++) {
            // "council member Tomas Brel": a few lower-case nouns describing the person first
            Token d = t.get(j);
            if (doc.inQuote[s][j] || !(d.pos().equals("NOUN") || d.pos().equals("ADJ") || d.pos().equals("PROPN"))
                    || d.capitalised()) {
                break;
            }
            m = doc.byStart.get(key(s, j + 1));
        }
        if (m != null) {
            return new Found(fromMention(doc, m), doc.persons.get(m).lastToken());
        }
        if (lex.pronouns().contains(t.get(k).lower())) {
            return new Found(new Speaker(Speaker.Kind.PRONOUN, t.get(k).text(), -1, Optional.empty(),
                    Optional.empty()), k + 1);
        }
        if (vocab.grammar().definiteArticles().contains(t.get(k).lower()) && k + 1 < t.size()) {
            Optional<PhraseMatch<Office>> title = vocab.titleAt(t, k + 1);
            if (title.isPresent()) {
                return new Found(role(doc, s, k, title.get().end(), title.get()), title.get().end());
            }
        }
        return null;
    }

    private Speaker role(Doc doc, int s, int from, int to, PhraseMatch<Office> title) {
        SentenceContext ctx = doc.ctxs.get(s);
        return new Speaker(Speaker.Kind.ROLE, ctx.text(from, to), -1, Optional.of(title.value().id()),
                Optional.ofNullable(title.inner()));
    }

    private static Speaker fromMention(Doc doc, int m) {
        PersonMention p = doc.persons.get(m);
        if (p.roleOnly()) {
            return new Speaker(Speaker.Kind.ROLE, p.anchor().text(), m, p.office(), p.country());
        }
        return new Speaker(Speaker.Kind.NAMED, p.anchor().text(), m, Optional.empty(), Optional.empty());
    }

    private boolean isSpeechVerb(Token t) {
        return t.pos().startsWith("VERB") && lex.speechVerbs().contains(t.lemma());
    }

    private boolean isAddresseeVerb(Token t) {
        return lex.addresseeVerbs().contains(t.lemma());
    }

    private boolean isMarkToken(Token t) {
        return t.text().length() == 1 && spans.isMark(t.text().charAt(0));
    }

    // ---- the claim ----------------------------------------------------------------------

    private QuoteClaim claim(Doc doc, Pending q, Speaker speaker) {
        String text = doc.article.text();
        int start = q.words().get(0).start();
        int end = q.words().get(q.words().size() - 1).end();
        String raw = text.substring(q.span().open() + 1, q.span().close());
        String quoted = raw.strip();
        StringBuilder evidence = new StringBuilder();
        boolean caption = false;
        for (int s = q.openSentence(); s <= q.closeSentence(); s++) {
            if (evidence.length() > 0) {
                evidence.append(' ');
            }
            evidence.append(doc.ctxs.get(s).sentence.text().strip());
            caption |= doc.ctxs.get(s).sentence.caption();
        }
        var first = doc.ctxs.get(q.openSentence()).sentence;
        Anchor anchor = new Anchor(doc.article.source(), first.index(), doc.article.lines().lineOf(start), start, end,
                quoted, evidence.toString(), caption);
        return new QuoteClaim(anchor, quoted, speaker, partial(doc, q), q.span().balanced(), q.words(),
                q.span().open() + 1, raw);
    }

    /** A fragment inside the reporter's sentence: starts lower-case, or follows words without a colon. */
    private static boolean partial(Doc doc, Pending q) {
        if (!Character.isUpperCase(q.words().get(0).text().codePointAt(0))) {
            return true;
        }
        List<Token> t = doc.tokens(q.openSentence());
        int k = q.openToken() - 1;
        if (k < 0) {
            return false;
        }
        String before = t.get(k).text();
        return !before.equals(":") && !before.equals(",") && t.get(k).isWord();
    }
}
