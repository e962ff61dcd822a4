package dev.crosscheck.extract;

/**
 * A lexicon phrase found at tokens {@code [start, end)} of a sentence.
 *
 * @param start first token
 * @param end   token after the last
 * @param value what the phrase means (an office id, a country code, a hedge kind)
 * @param inner a country code found between the phrase's words ("chief Chinese diplomat"), or null
 */
record PhraseMatch<V>(int start, int end, V value, String inner) {
}
