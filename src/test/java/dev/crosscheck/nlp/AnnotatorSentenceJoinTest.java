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
    void aBracketAfterAnAbbreviationsPeriodContinuesTheSentence() {
        String text = "Jets struck at 1:53 p.m. (1153 GMT) on Thursday. (Photo: AP) He left. (Reuters)";
        Span[] detected = {new Span(0, 24), new Span(24, 48), new Span(48, 60), new Span(60, 69),
            new Span(69, 79)};
        assertArrayEquals(new Span[] {new Span(0, 48), new Span(48, 60), new Span(60, 69), new Span(69, 79)},
                Annotator.joinLowerCaseStarts(text, detected));
    }

    @Test
    void sentencesStartingWithCapitalsOrDigitsStayApart() {
        String text = "The talks ended. 12 people left. Both sides spoke.";
        Span[] detected = {new Span(0, 16), new Span(16, 32), new Span(32, 50)};
        assertArrayEquals(detected, Annotator.joinLowerCaseStarts(text, detected));
    }
}
