package dev.crosscheck.nlp;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class AnnotatorSentenceJoinTest {

    @Test
    void aDetectedSentenceStartingInLowerCaseContinuesTheOneBefore() {
        String text = "The quake struck at 7:37 a.m. local time on Tuesday. Officials said so.";
        Span[] detected = {new Span(0, 29), new Span(29, 52), new Span(52, 71)};
        assertArrayEquals(new Span[] {new Span(0, 52), new Span(52, 71)},
                Annotator.joinLowerCaseStarts(text, detected));
    }

    @Test
    void sentencesStartingWithCapitalsOrDigitsStayApart() {
        String text = "The talks ended. 12 people left. Both sides spoke.";
        Span[] detected = {new Span(0, 16), new Span(16, 32), new Span(32, 50)};
        assertArrayEquals(detected, Annotator.joinLowerCaseStarts(text, detected));
    }
}
