package dev.crosscheck.nlp;

import java.util.List;

/**
 * One sentence of story text.
 *
 * @param index   0-based position among the article's sentences
 * @param start   offset of its first character in the article text
 * @param end     offset after its last character
 * @param text    the sentence as written
 * @param tokens  its tokens, in order
 * @param caption true when it comes from a photo caption
 * @param line    1-based line it starts on
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, boolean caption, int line) {
}
