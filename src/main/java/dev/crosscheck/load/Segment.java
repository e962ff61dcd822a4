package dev.crosscheck.load;

/**
 * A stretch of one line that carries story text (boilerplate already cut out).
 *
 * @param start   offset of the first character in the article text
 * @param end     offset after the last character
 * @param caption true when the line is a photo caption
 */
public record Segment(int start, int end, boolean caption) {
}
