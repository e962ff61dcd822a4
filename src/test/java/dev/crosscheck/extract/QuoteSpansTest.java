package dev.crosscheck.extract;

import dev.crosscheck.pipeline.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteSpansTest {

    private static final QuoteSpans SPANS = new QuoteSpans(TestPipeline.rules().lexicon().quotes());

    /** Quoted texts of {@code text}, each line one sentence. */
    private static List<String> quoted(String text) {
        return spans(text).stream().map(s -> text.substring(s.open() + 1, s.close())).toList();
    }

    private static List<QuoteSpans.Span> spans(String text) {
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                sentences.add(new int[] {start, start + line.length()});
            }
            start += line.length() + 1;
        }
        return SPANS.find(text, sentences);
    }

    @Test
    void curlyAndStraightQuotesPairUp() {
        assertEquals(List.of("We agree,", "Fine"), quoted("“We agree,” he said. \"Fine\", she said."));
    }

    @Test
    void aWrongDirectionClosingMarkStillCloses() {
        assertEquals(List.of("No concessions can be made on the harbour issue"),
                quoted("His country “No concessions can be made on the harbour issue“."));
    }

    @Test
    void aQuoteContinuesIntoAParagraphThatOpensWithAQuoteMark() {
        List<QuoteSpans.Span> s = spans("“We will rebuild the bridge.\n\n“And we will do it fast,” Rask said.");
        assertEquals(1, s.size());
        assertTrue(s.get(0).balanced());
    }

    @Test
    void aQuoteLeftOpenIsClosedAtItsParagraphEndAndMarkedUnbalanced() {
        List<QuoteSpans.Span> s = spans("Choosing between “dialogue and conflict\n\nThe talks went on.");
        assertEquals(1, s.size());
        assertFalse(s.get(0).balanced());
        assertEquals(List.of("dialogue and conflict"), quoted("Choosing between “dialogue and conflict\n\nThe talks went on."));
    }

    @Test
    void apostrophesAreNotQuoteMarks() {
        assertEquals(List.of(), quoted("Beijing’s tone didn’t change."));
    }

    @Test
    void aStrayClosingMarkOpensNothing() {
        assertEquals(List.of("yes"), quoted("He said” no. Then “yes” came."));
    }
}
