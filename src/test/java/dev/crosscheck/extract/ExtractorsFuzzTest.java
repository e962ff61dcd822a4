package dev.crosscheck.extract;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.crosscheck.load.InputException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz targets for claim extraction on one article (load, NLP, extract): durations and figures
 * after an event phrase, and quotes. Extraction never throws; every claim's span lies inside the
 * article and a quote's words inside its text; a text the loader skips as documented (another
 * language than the rules', a report crosscheck wrote) is an allowed outcome. Regression inputs: {@code ExtractorsFuzzTestInputs/<method>/}.
 */
class ExtractorsFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void durationsAndNumbers(String tail) {
        if (tail == null) {
            return; // Jazzer's first input
        }
        String text = "The meeting lasted " + tail;
        ArticleClaims c = extractUnlessSkipped(text);
        if (c == null) {
            return;
        }
        for (DurationClaim d : c.durations()) {
            inside(d.anchor(), text);
            assertTrue(d.range().lo() <= d.range().hi(), d::toString);
        }
        for (QuantityClaim q : c.quantities()) {
            inside(q.anchor(), text);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void quotes(String text) {
        if (text == null) {
            return; // Jazzer's first input
        }
        ArticleClaims c = extractUnlessSkipped(text);
        if (c == null) {
            return;
        }
        for (QuoteClaim q : c.quotes()) {
            inside(q.anchor(), text);
            for (QuoteWord w : q.words()) {
                q.slice(w.start(), w.end());
            }
        }
    }

    /** The claims of {@code text}, or null when the loader skips it as documented (any other error fails). */
    private static ArticleClaims extractUnlessSkipped(String text) {
        try {
            return Extracting.extract(text);
        } catch (InputException e) {
            assertTrue(e.isNotText() && e.reason().startsWith("skipped: "), e.getMessage());
            return null;
        }
    }

    private static void inside(Anchor a, String text) {
        assertTrue(0 <= a.start() && a.start() <= a.end() && a.end() <= text.length() + 1, a::toString);
    }
}
