package dev.crosscheck.nlp;

import dev.crosscheck.load.Article;
import dev.crosscheck.load.Segment;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs OpenNLP over an article's story segments: sentence detection per segment (a line is a
 * paragraph, so headlines never run into the next paragraph), tokenization, token repair, POS
 * tags and lemmas (greedy decoding, see {@link GreedyLemmatizer}). Safe to share between threads.
 */
public final class Annotator {

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private final GreedyLemmatizer lemmatizer;
    private final List<String> glueWords;
    private final Set<String> numberWords;

    /**
     * @param glueWords   lower-case words bad copy glues onto names (lexicon)
     * @param numberWords lower-case number words ("seven"): "seven-hour" is split as "30-minute" is
     */
    public Annotator(NlpModels models, Set<String> glueWords, Set<String> numberWords) {
        this.numberWords = Set.copyOf(numberWords);
        this.sentences = new ThreadSafeSentenceDetectorME(models.sentences());
        this.tokenizer = new ThreadSafeTokenizerME(models.tokens());
        this.tagger = new ThreadSafePOSTaggerME(models.pos());
        this.lemmatizer = new GreedyLemmatizer(models.lemmas());
        // longest first, in a fixed order: the first glue word that splits a token wins
        this.glueWords = glueWords.stream()
                .sorted(java.util.Comparator.comparing(String::length).reversed().thenComparing(w -> w)).toList();
    }

    /**
     * Sentences longer than this many tokens are POS-tagged in windows of this size. OpenNLP's beam
     * search copies each candidate's tag history at every step, so one sentence costs time
     * quadratic in its length (a 100 KB line without a sentence break took minutes); its features
     * look two words either way, so windows change tags only next to their edges, and real
     * sentences (under 256 tokens) are tagged whole, as before.
     */
    static final int TAG_WINDOW = 256;

    /**
     * Whitespace-delimited words longer than this are one token each, not given to the tokenizer
     * model: it evaluates features built from the whole word at every character, so a word costs
     * time quadratic in its length (five 100,000-character words took three minutes).
     */
    static final int LONG_WORD = 256;

    private Span[] tokenize(String text) {
        List<Span> out = null;
        int pieceStart = 0;
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            if (end - i > LONG_WORD) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                for (Span s : tokenizer.tokenizePos(text.substring(pieceStart, i))) {
                    out.add(new Span(s.getStart() + pieceStart, s.getEnd() + pieceStart));
                }
                out.add(new Span(i, end));
                pieceStart = end;
            }
            i = end;
        }
        if (out == null) {
            return tokenizer.tokenizePos(text); // the usual case: no word is that long
        }
        for (Span s : tokenizer.tokenizePos(text.substring(pieceStart))) {
            out.add(new Span(s.getStart() + pieceStart, s.getEnd() + pieceStart));
        }
        return out.toArray(new Span[0]);
    }

    private String[] tag(String[] words) {
        if (words.length <= TAG_WINDOW) {
            return tagger.tag(words);
        }
        String[] tags = new String[words.length];
        for (int from = 0; from < words.length; from += TAG_WINDOW) {
            int to = Math.min(words.length, from + TAG_WINDOW);
            System.arraycopy(tagger.tag(java.util.Arrays.copyOfRange(words, from, to)), 0, tags, from, to - from);
        }
        return tags;
    }

    /** Annotates every story segment of {@code article}. */
    public AnnotatedArticle annotate(Article article) {
        String text = article.text();
        TokenRepair repair = new TokenRepair(glueWords, TokenRepair.standaloneWords(text), numberWords);
        List<Sentence> out = new ArrayList<>();
        for (Segment seg : article.segments()) {
            String segText = text.substring(seg.start(), seg.end());
            for (Span sentSpan : SurrogatePairs.whole(segText,
                    List.of(joinLowerCaseStarts(segText, sentences.sentPosDetect(segText))))) {
                Span trimmed = sentSpan.trim(segText);
                if (trimmed.length() == 0) {
                    continue;
                }
                int sentStart = seg.start() + trimmed.getStart();
                String sentText = text.substring(sentStart, seg.start() + trimmed.getEnd());
                List<Span> spans = SurrogatePairs.whole(sentText, repair.repair(sentText, tokenize(sentText)));
                if (spans.isEmpty()) {
                    continue;
                }
                String[] words = new String[spans.size()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = spans.get(i).getCoveredText(sentText).toString();
                }
                String[] tags = tag(words);
                String[] lemmas = lemmatizer.lemmatize(words, tags);
                List<Token> tokens = new ArrayList<>(words.length);
                for (int i = 0; i < words.length; i++) {
                    Span sp = spans.get(i);
                    tokens.add(new Token(words[i], sentStart + sp.getStart(), sentStart + sp.getEnd(), tags[i],
                            lemmas[i].toLowerCase(java.util.Locale.ROOT)));
                }
                out.add(new Sentence(out.size(), sentStart, sentStart + sentText.length(), sentText,
                        List.copyOf(tokens), seg.caption(), article.lines().lineOf(sentStart)));
            }
        }
        return new AnnotatedArticle(article, List.copyOf(out));
    }

    /**
     * "at 7:37 a.m. local time", "U.S. officials said": a detected sentence that starts with a
     * lower-case letter continues the one before (the detector took an abbreviation's period for
     * a sentence end), so the two are one sentence.
     */
    static Span[] joinLowerCaseStarts(String text, Span[] spans) {
        // also "at 1:53 p.m. (1153 GMT) on Thursday": a bracket after an abbreviation's period
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            int first = s.getStart();
            while (first < s.getEnd() && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            if (!out.isEmpty() && first < s.getEnd() && (Character.isLowerCase(text.charAt(first))
                    || Character.getType(text.charAt(first)) == Character.START_PUNCTUATION
                    && endsWithAbbreviation(text, out.get(out.size() - 1)))) {
                Span prev = out.remove(out.size() - 1);
                out.add(new Span(prev.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out.toArray(new Span[0]);
    }

    /** Whether the span's last word is an abbreviation with inner periods ("p.m.", "U.S."). */
    private static boolean endsWithAbbreviation(String text, Span s) {
        int end = s.getEnd();
        while (end > s.getStart() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == s.getStart() || text.charAt(end - 1) != '.') {
            return false;
        }
        int start = end;
        while (start > s.getStart() && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end - 1).indexOf('.') > 0;
    }
}
