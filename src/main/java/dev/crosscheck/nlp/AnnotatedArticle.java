package dev.crosscheck.nlp;

import dev.crosscheck.load.Article;

import java.util.List;

/**
 * An article with its sentences tokenised, tagged and lemmatised.
 *
 * @param article   the loaded article
 * @param sentences story sentences in reading order
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {

    /** Number of tokens over all sentences. */
    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.tokens().size();
        }
        return n;
    }
}
