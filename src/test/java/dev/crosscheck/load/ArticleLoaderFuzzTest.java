package dev.crosscheck.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.crosscheck.pipeline.TestPipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz target: any bytes given to the loader either become an article or an {@link InputException}
 * naming the file (decoding fails, or the text is skipped: another language, a crosscheck report);
 * nothing else escapes. Regression inputs: {@code ArticleLoaderFuzzTestInputs/load/}.
 */
class ArticleLoaderFuzzTest {

    private static final ArticleLoader LOADER = new ArticleLoader(TestPipeline.rules().lexicon());

    @FuzzTest(maxDuration = "10m")
    void load(byte[] bytes) {
        String text;
        try {
            text = ArticleLoader.decode("f.txt", bytes);
        } catch (InputException e) {
            assertTrue(e.getMessage().startsWith("f.txt: "), e.getMessage());
            return;
        }
        Article a;
        try {
            a = LOADER.parse("f.txt", text);
        } catch (InputException e) {
            // skipped as documented (another language than the rules', a report crosscheck wrote)
            assertTrue(e.getMessage().startsWith("f.txt: skipped: "), e.getMessage());
            return;
        }
        for (Segment s : a.segments()) {
            assertTrue(0 <= s.start() && s.start() < s.end() && s.end() <= a.text().length(), s::toString);
        }
    }
}
