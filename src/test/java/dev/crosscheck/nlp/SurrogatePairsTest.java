package dev.crosscheck.nlp;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SurrogatePairsTest {

    // "a😀b": 'a', the two halves of U+1F600, 'b'
    private static final String TEXT = "a\uD83D\uDE00b c";

    @Test
    void aSpanEndingInsideAPairIsWidenedToTheWholeCharacterAndTheNextSpanMergedIntoIt() {
        List<Span> spans = SurrogatePairs.whole(TEXT, List.of(new Span(0, 2), new Span(2, 4), new Span(5, 6)));
        assertEquals(List.of(new Span(0, 4), new Span(5, 6)), spans);
    }

    @Test
    void spansOnWholeCharactersAreKeptAsTheyAre() {
        List<Span> spans = List.of(new Span(0, 1), new Span(1, 3), new Span(3, 4), new Span(5, 6));
        assertEquals(spans, SurrogatePairs.whole(TEXT, spans));
    }

    @Test
    void aSpanStartingOnTheLowHalfTakesTheHighHalfToo() {
        assertEquals(List.of(new Span(1, 4)), SurrogatePairs.whole(TEXT, List.of(new Span(2, 4))));
    }
}
