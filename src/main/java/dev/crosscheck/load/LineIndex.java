package dev.crosscheck.load;

import java.util.Arrays;

/** Maps character offsets of a text to 1-based line numbers. Lines end at {@code '\n'}. */
public final class LineIndex {

    private final int[] lineStarts;

    private LineIndex(int[] lineStarts) {
        this.lineStarts = lineStarts;
    }

    /** Indexes the line starts of {@code text}. */
    public static LineIndex of(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return new LineIndex(starts);
    }

    /** The 1-based line holding {@code offset}. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** Offset of the first character of 1-based {@code line}. */
    public int startOf(int line) {
        return lineStarts[line - 1];
    }

    /** Number of lines. */
    public int lineCount() {
        return lineStarts.length;
    }
}
