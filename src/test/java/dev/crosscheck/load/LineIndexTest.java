package dev.crosscheck.load;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineIndexTest {

    @Test
    void offsetsMapToOneBasedLines() {
        LineIndex idx = LineIndex.of("ab\n\ncd\n");
        assertEquals(1, idx.lineOf(0));
        assertEquals(1, idx.lineOf(2));
        assertEquals(2, idx.lineOf(3));
        assertEquals(3, idx.lineOf(4));
        assertEquals(4, idx.lineOf(7));
        assertEquals(4, idx.lineCount());
        assertEquals(4, idx.startOf(3));
    }
}
