package dev.crosscheck.extract;

import dev.crosscheck.load.ArticleLoader;
import dev.crosscheck.nlp.Annotator;
import dev.crosscheck.pipeline.TestPipeline;
import dev.crosscheck.rules.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteExtractorTest {

    private static final Lexicon LEXICON = TestPipeline.rules().lexicon();

    private static ArticleClaims extract(String text) {
        Annotator annotator = new Annotator(TestPipeline.models(), LEXICON.names().glueWords(), LEXICON.numbers().words().keySet());
        return new ClaimExtractor(LEXICON).extract(annotator.annotate(new ArticleLoader(LEXICON).parse("t.txt", text)));
    }

    /** The speaker's name as written in the mention the quote is attributed to, or "-". */
    private static String speakerOf(ArticleClaims c, QuoteClaim q) {
        if (q.speaker().mention() >= 0) {
            return c.persons().get(q.speaker().mention()).name();
        }
        return q.speaker().office().map(o -> "role:" + o).orElse("-");
    }

    private static QuoteClaim quote(ArticleClaims c, String startsWith) {
        return c.quotes().stream().filter(q -> q.text().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError(startsWith + " not among " + c.quotes()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mayor Ivo Rask said: “We will rebuild the bridge.”|We will|Ivo Rask",
        "“We will rebuild the bridge,” Ivo Rask told reporters.|We will|Ivo Rask",
        "“We will rebuild the bridge,” said Ivo Rask, the mayor.|We will|Ivo Rask",
        "Ivo Rask stressed that “the bridge comes first”.|the bridge|Ivo Rask",
        "According to Ivo Rask, “the bridge comes first”.|the bridge|Ivo Rask",
        "Ivo Rask said he hoped the work would bring a “quick result”.|quick result|Ivo Rask",
        "“We will rebuild the bridge,” Ivo Rask was quoted as saying by local radio.|We will|Ivo Rask",
        "Lena Orsk told Ivo Rask that the city “cannot wait”.|cannot wait|Lena Orsk"})
    void theSpeakerIsFoundInCommonAttributions(String text, String quote, String speaker) {
        ArticleClaims c = extract(text);
        assertEquals(speaker, speakerOf(c, quote(c, quote)));
    }

    @Test
    void aQuoteSplitByItsAttributionKeepsTheSpeakerAfterTheSplit() {
        ArticleClaims c = extract("“We will rebuild the bridge,” Ivo Rask said. “And we will do it before winter.”");
        QuoteClaim second = quote(c, "And we");
        assertEquals("Ivo Rask", speakerOf(c, second));
        assertEquals(Speaker.Kind.CONTINUATION, second.speaker().kind());
    }

    @Test
    void aPronounSpeakerIsTheLastNamedSpeaker() {
        ArticleClaims c = extract("Ivo Rask said the bridge was closed. The crowd cheered.\n\n"
                + "“We will rebuild it,” he added.");
        QuoteClaim q = quote(c, "We will");
        assertEquals(Speaker.Kind.PRONOUN, q.speaker().kind());
        assertEquals("Ivo Rask", speakerOf(c, q));
    }

    @Test
    void aPronounAfterASentenceOpeningWithANewPersonIsThatPerson() {
        ArticleClaims c = extract("Ivo Rask said the bridge was closed. Port director Lena Orsk was more cautious. "
                + "“We cannot pay,” she said.");
        assertEquals("Lena Orsk", speakerOf(c, quote(c, "We cannot")));
    }

    @Test
    void aPronounWithTwoCandidatesAndNoEarlierSpeakerStaysUnresolved() {
        ArticleClaims c = extract("The crowd cheered Ivo Rask and Lena Orsk at the bridge. “We will rebuild it,” he "
                + "added.");
        assertFalse(quote(c, "We will").speaker().known());
    }

    @Test
    void aRoleSpeakerCarriesItsOffice() {
        ArticleClaims c = extract("“We will rebuild the bridge,” the president said.");
        QuoteClaim q = quote(c, "We will");
        assertEquals(Speaker.Kind.ROLE, q.speaker().kind());
        assertEquals(Optional.of("head-of-state"), q.speaker().office());
    }

    @Test
    void aQuoteAttributedToAnOrganisationHasNoSpeaker() {
        ArticleClaims c = extract("Ivo Rask visited. The ministry said in a statement that “Ivo Rask said the "
                + "bridge is closed”.");
        assertFalse(quote(c, "Ivo Rask said").speaker().known());
    }

    @Test
    void theListenerOfToldIsNeverTheSpeaker() {
        ArticleClaims c = extract("“The bridge is closed,” the agency told Ivo Rask.");
        assertFalse(quote(c, "The bridge").speaker().known());
    }

    @Test
    void fragmentsArePartialAndWholeSentencesAreNot() {
        ArticleClaims c = extract("Ivo Rask promised a “quick result”. Lena Orsk said: “We are ready.”");
        assertTrue(quote(c, "quick").partial());
        assertFalse(quote(c, "We are").partial());
    }

    @Test
    void wordsInEditorialBracketsAreMarkedAndSentenceEndsKept() {
        ArticleClaims c = extract("“The two sides made progress (on Monday) today. It is good,” Ivo Rask said.");
        List<QuoteWord> w = quote(c, "The two").words();
        assertTrue(word(w, "Monday").editorial());
        assertTrue(word(w, "today").sentenceEnd());
        assertFalse(word(w, "progress").editorial());
    }

    private static QuoteWord word(List<QuoteWord> words, String text) {
        return words.stream().filter(x -> x.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not among " + words));
    }

    @Test
    void aQuoteClosedAtTheNextOpeningMarkHasNoWordsBeyondItsText() {
        // regression: the unbalanced quote's words ran to the sentence end while its text stopped at
        // the next opening mark, so QuoteClaim.slice over its words threw StringIndexOutOfBoundsException
        ArticleClaims c = extract("Ivo Rask said \"We won. It is \"soon\" now.");
        QuoteClaim first = quote(c, "We won");
        assertFalse(first.balanced());
        assertEquals(List.of("We", "won", "It", "is"), first.words().stream().map(QuoteWord::text).toList());
        for (QuoteClaim q : c.quotes()) {
            for (QuoteWord w : q.words()) {
                assertTrue(w.start() >= q.rawStart() && w.end() <= q.rawStart() + q.raw().length(),
                        w + " lies outside " + q.raw());
                assertEquals(w.text(), q.slice(w.start(), w.end()));
            }
        }
    }

    @Test
    void threeHundredOpeningMarksInOneSentenceGiveOneWordEachNotAQuadraticPile() {
        // each unbalanced quote used to run to the sentence end: 300 marks gave 45,150 quote words
        StringBuilder text = new StringBuilder("Ivo Rask said");
        for (int i = 0; i < 300; i++) {
            text.append(" \"word").append(i);
        }
        ArticleClaims c = extract(text.append('.').toString());
        assertEquals(300, c.quotes().size());
        assertEquals(300, c.quotes().stream().mapToInt(q -> q.words().size()).sum());
    }
}
