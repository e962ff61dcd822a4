package dev.crosscheck.compare;

import dev.crosscheck.extract.QuoteWord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteAlignmentTest {

    private static final Set<String> FUNCTION = Set.of("a", "an", "the", "to", "of", "we", "will", "not", "for",
            "and", "or", "by");
    private static final Predicate<QuoteWord> CONTENT = w -> !FUNCTION.contains(w.lower());

    /** Words with the lower-case form as lemma ("lemma=word" sets another lemma). */
    private static List<QuoteWord> words(String text) {
        List<QuoteWord> out = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            String[] parts = w.split("=");
            out.add(new QuoteWord(parts[0], parts.length > 1 ? parts[1] : parts[0].toLowerCase(), "NOUN", at,
                    at + parts[0].length(), false, false));
            at += parts[0].length() + 1;
        }
        return out;
    }

    private static List<String> hunks(QuoteAlignment.Result r) {
        return r.hunks().stream().map(h -> h.a().stream().map(QuoteWord::text).toList() + ">"
                + h.b().stream().map(QuoteWord::text).toList()).toList();
    }

    @Test
    void identicalWordsInAnotherCaseHaveNoDifference() {
        QuoteAlignment.Result r = QuoteAlignment.align(words("We will rebuild the old bridge"),
                words("we will rebuild the Old Bridge"), CONTENT, 2);
        assertEquals(List.of(), hunks(r));
        assertEquals(3, r.shared());
    }

    @Test
    void substitutionsInsideTheSharedStretchAndAtItsEdgeAreHunks() {
        QuoteAlignment.Result r = QuoteAlignment.align(words("bring a positive result to the relations"),
                words("achieve a positive outcome for the relations"), CONTENT, 2);
        assertEquals(List.of("[bring]>[achieve]", "[result, to]>[outcome, for]"), hunks(r));
        assertEquals(2, r.shared());
    }

    @Test
    void aFragmentAlignsWithThePartOfTheLongerQuoteItRenders() {
        QuoteAlignment.Result r = QuoteAlignment.align(words("rebuild the old bridge"),
                words("We will rebuild the old bridge by winter and reopen the ferry"), CONTENT, 2);
        assertEquals(List.of(), hunks(r));
        assertEquals(1.0, r.overlap());
    }

    @Test
    void aChangedLastWordCountsButWordsThatOneSideGoesOnWithDoNot() {
        QuoteAlignment.Result r = QuoteAlignment.align(words("based on mutual respect and honesty"),
                words("based on mutual respect and sincerity in all things"), CONTENT, 2);
        assertEquals(List.of("[honesty]>[sincerity]"), hunks(r));
    }

    @Test
    void anInsertedNegatorNextToTheSharedStretchIsKept() {
        QuoteAlignment.Result r = QuoteAlignment.align(words("we will raise fares next spring"),
                words("we will not raise fares next spring"), CONTENT, 2);
        assertEquals(List.of("[]>[not]"), hunks(r));
    }

    @Test
    void anInflectionIsADifferenceButAlignsByLemma() {
        QuoteAlignment.Result r = QuoteAlignment.align(words("the sides reach agreement"),
                words("the sides reached=reach agreement"), CONTENT, 2);
        assertEquals(List.of("[reach]>[reached]"), hunks(r));
        assertEquals(3, r.shared());
    }

    @Test
    void unrelatedQuotesShareNothing() {
        QuoteAlignment.Result r = QuoteAlignment.align(words("the harbour needs new cranes"),
                words("our schools must open in September"), CONTENT, 2);
        assertEquals(0, r.shared());
        assertTrue(r.overlap() == 0);
    }
}
