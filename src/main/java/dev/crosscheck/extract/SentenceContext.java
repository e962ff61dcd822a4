package dev.crosscheck.extract;

import dev.crosscheck.nlp.Sentence;
import dev.crosscheck.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * One sentence with what the extractors need to know about each token: whether it is a proper
 * word, and which country phrase covers it.
 */
final class SentenceContext {

    final Sentence sentence;
    final List<Token> tokens;
    private TokenList sequence;
    /** each token's lower-case text, computed once for every extractor */
    final List<String> lower;
    final boolean[] proper;
    /** country code of the country phrase covering each token, or null. */
    final String[] country;
    /** index of the first token of the country phrase covering each token, or -1. */
    final int[] countryStart;
    final boolean headline;
    /** the tokens that stand inside quotation marks */
    private final java.util.BitSet quoted;
    private final String source;
    private final dev.crosscheck.load.LineIndex lines;

    /**
     * @param capitalisedMidSentence words of this article seen capitalised away from a sentence
     *                               start; a sentence-initial word counts as proper only if it is
     *                               among them or tagged PROPN
     * @param quotes                 the article's quoted spans, to tell which tokens are quoted
     */
    SentenceContext(String source, dev.crosscheck.load.LineIndex lines, Sentence sentence, Vocabulary vocab,
                    Set<String> capitalisedMidSentence, List<QuoteSpans.Span> quotes) {
        this.quoted = quotedTokens(sentence.tokens(), quotes);
        this.source = source;
        this.lines = lines;
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.lower = tokens.stream().map(Token::lower).toList();
        int n = tokens.size();
        this.proper = new boolean[n];
        this.country = new String[n];
        this.countryStart = new int[n];
        java.util.Arrays.fill(countryStart, -1);
        for (int i = 0; i < n; ) {
            var c = vocab.countryAt(tokens, i);
            if (c.isPresent()) {
                for (int j = c.get().start(); j < c.get().end(); j++) {
                    country[j] = c.get().value();
                    countryStart[j] = c.get().start();
                }
                i = c.get().end();
            } else {
                i++;
            }
        }
        int initial = firstWordIndex(tokens);
        int words = 0;
        int capitalised = 0;
        boolean lowerFunctionWord = false;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            words++;
            if (t.capitalised()) {
                capitalised++;
            } else {
                lowerFunctionWord |= vocab.isFunctionWord(t.lower());
            }
            boolean quasiInitial = i == initial || (i > 0 && isOpeningQuote(tokens.get(i - 1).text()));
            // "Wang Yi met …": a listed family name before another capitalised word starts a name
            boolean familyNameFirst = vocab.isFamilyName(t.text()) && i + 1 < n && tokens.get(i + 1).capitalised();
            proper[i] = t.capitalised() && isNameLike(t.text()) && !vocab.isFunctionWord(t.lower())
                    && !vocab.isGlueWord(t.lower())
                    && (!quasiInitial || "PROPN".equals(t.pos()) || capitalisedMidSentence.contains(t.text())
                        || familyNameFirst);
        }
        // Title Case ("Quake Levels Villages In Ostra"); a sentence full of names still writes
        // "on" and "in" in lower case ("Antony Blinken met Chinese President Xi Jinping on Monday in Beijing")
        this.headline = words >= 4 && capitalised * 10 >= words * 7 && !lowerFunctionWord;
    }

    /** The tokens strictly between the marks of a quoted span. */
    private static java.util.BitSet quotedTokens(List<Token> tokens, List<QuoteSpans.Span> quotes) {
        java.util.BitSet out = new java.util.BitSet(tokens.size());
        for (QuoteSpans.Span q : quotes) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() > q.open() && tokens.get(i).end() <= q.close()) {
                    out.set(i);
                }
            }
        }
        return out;
    }

    /** Words (case kept) capitalised at a position that is not a sentence or quote start. */
    static void collectCapitalised(Sentence sentence, Set<String> into) {
        List<Token> tokens = sentence.tokens();
        int initial = firstWordIndex(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i != initial && t.capitalised() && !(i > 0 && isOpeningQuote(tokens.get(i - 1).text()))) {
                into.add(t.text());
            }
        }
    }

    private static int firstWordIndex(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isWord()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isOpeningQuote(String s) {
        return s.equals("“") || s.equals("\"") || s.equals("‘") || s.equals("«") || s.equals("(") || s.equals(":");
    }

    /** Letters with inner hyphens or apostrophes; no digits. */
    static boolean isNameLike(String s) {
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** True for an acronym such as CCTV or US. */
    static boolean isAcronym(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letters >= 2;
    }

    /** Index of the token covering article offset {@code offset}, or -1 (a space, or outside). */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() <= offset && offset < tokens.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    /** An anchor covering tokens {@code [from, to)}. */
    Anchor anchor(int from, int to) {
        int start = tokens.get(from).start();
        int end = tokens.get(Math.max(from, to - 1)).end();
        return new Anchor(source, sentence.index(), lines.lineOf(start), start, end, text(from, to),
                sentence.text(), sentence.caption());
    }

    /** The text of tokens {@code [from, to)} as written in the sentence. */
    String text(int from, int to) {
        int base = sentence.start();
        return sentence.text().substring(tokens.get(from).start() - base, tokens.get(to - 1).end() - base);
    }

    /** The tokens as token patterns read them. */
    TokenList sequence() {
        if (sequence == null) {
            sequence = new TokenList(tokens, quoted);
        }
        return sequence;
    }
}
