package dev.crosscheck.nlp;

import dev.crosscheck.load.ArticleLoader;
import dev.crosscheck.pipeline.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bounds that keep NLP linear on hostile lines: tagging windows and over-long words. */
class AnnotatorLimitsTest {

    private static final Annotator ANNOTATOR = new Annotator(TestPipeline.models(),
            TestPipeline.rules().lexicon().names().glueWords(), TestPipeline.rules().lexicon().numbers().words().keySet());
    private static final ArticleLoader LOADER = new ArticleLoader(TestPipeline.rules().lexicon());

    private static List<Sentence> annotate(String text) {
        return ANNOTATOR.annotate(LOADER.parse("t.txt", text)).sentences();
    }

    @Test
    void aSentenceLongerThanTheTaggingWindowIsTaggedInWindowsAndEveryTokenHasATag() {
        String line = "the minister met the delegation and ".repeat(120).strip();
        List<Sentence> s = annotate(line);
        assertEquals(1, s.size());
        List<Token> tokens = s.get(0).tokens();
        assertTrue(tokens.size() > 2 * Annotator.TAG_WINDOW, () -> tokens.size() + " tokens");
        for (Token t : tokens) {
            assertNotNull(t.pos(), t::toString);
        }
        // the same words in a window far from the start get the tags they get in a short sentence
        List<Token> shortOne = annotate("the minister met the delegation and the minister met the delegation").get(0)
                .tokens();
        assertEquals("minister", tokens.get(3 * Annotator.TAG_WINDOW / 2 + 1).text());
        assertEquals(shortOne.get(7).pos(), tokens.get(3 * Annotator.TAG_WINDOW / 2 + 1).pos());
    }

    @Test
    void aWordLongerThanTheLimitIsOneTokenAndTheWordsAroundItAreTokenizedAsUsual() {
        String word = "x".repeat(Annotator.LONG_WORD + 1);
        List<Token> tokens = annotate("Ivo Rask said " + word + " on Monday.").get(0).tokens();
        assertEquals(List.of("Ivo", "Rask", "said", word, "on", "Monday", "."),
                tokens.stream().map(Token::text).toList());
        assertEquals(14, tokens.get(3).start() - tokens.get(0).start());
    }
}
