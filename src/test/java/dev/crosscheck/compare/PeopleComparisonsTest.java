package dev.crosscheck.compare;

import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;
import dev.crosscheck.pipeline.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Title conflicts, name order and name style, through the whole pipeline. */
class PeopleComparisonsTest {

    private static List<Finding> findings(String rule, String... texts) {
        return TestPipeline.check(texts).findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void foreignMinisterAndPrimeMinisterForOnePersonIsATitleError() {
        List<Finding> f = findings("title-conflict", "French Foreign Minister Ana Lutz arrived on Tuesday.",
                "French Prime Minister Ana Lutz spoke on Tuesday.");
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("title", f.get(0).category().label());
        assertEquals("Foreign Minister", f.get(0).a().normalized());
        assertEquals("Prime Minister", f.get(0).b().normalized());
    }

    @Test
    void equivalentOfficesDoNotClash() {
        assertEquals(List.of(), findings("title-conflict", "US Secretary of State Ana Lutz arrived.",
                "US Foreign Minister Ana Lutz spoke."));
    }

    @Test
    void titlesOfArticlesDatedMonthsApartDoNotClash() {
        assertEquals(List.of(), findings("title-conflict", "March 1, 2020\n\nFrench Foreign Minister Ana Lutz arrived.",
                "June 1, 2023\n\nFrench Prime Minister Ana Lutz spoke."));
    }

    @Test
    void theGivenNameAloneIsANameWarningNamingTheFamilyName() {
        List<Finding> f = findings("name-order", "Chinese Foreign Minister Qin Gang arrived. Reporters talked to Gang.");
        assertEquals(1, f.size());
        assertEquals("Gang", f.get(0).a().value());
        assertTrue(f.get(0).message().contains("family name (Qin)"), f.get(0).message());
    }

    @Test
    void theFamilyNameAloneIsFine() {
        assertEquals(List.of(), findings("name-order", "Chinese Foreign Minister Qin Gang arrived. Reporters talked "
                + "to Qin."));
    }

    @Test
    void aNameInTwoWordOrdersIsOneWarningTowardsTheFamilyNameFirst() {
        List<Finding> f = findings("name-order", "Chinese envoy Liu Jianchao arrived.", "Envoy Jianchao Liu spoke.");
        assertEquals(1, f.size());
        assertEquals("Liu Jianchao", f.get(0).subject());
        assertTrue(f.get(0).a().value().contains("Liu Jianchao") && f.get(0).b().value().contains("Jianchao Liu"));
    }

    @Test
    void familyIndexUsesTheListWhereverTheNameStandsElseTheCountry() {
        NameOrderComparison c = new NameOrderComparison(TestPipeline.rules().rules().stream()
                .filter(r -> r.id().equals("name-order")).findFirst().orElseThrow(), TestPipeline.rules().lexicon());
        assertEquals(1, c.familyIndex(List.of("Viktor", "Orbán"), Optional.empty()));
        assertEquals(0, c.familyIndex(List.of("Qin", "Gang"), Optional.empty()));
        assertEquals(0, c.familyIndex(List.of("Aru", "Tenzo"), Optional.of("KR")));
        assertEquals(-1, c.familyIndex(List.of("Marko", "Tavel"), Optional.of("FR")));
    }

    @Test
    void aListedFamilyNameThatIsAlsoAWesternGivenNameCountsFirstOnlyForAFamilyFirstCountry() {
        NameOrderComparison c = new NameOrderComparison(TestPipeline.rules().rules().stream()
                .filter(r -> r.id().equals("name-order")).findFirst().orElseThrow(), TestPipeline.rules().lexicon());
        assertEquals(-1, c.familyIndex(List.of("Kim", "Harlow"), Optional.empty()));
        assertEquals(-1, c.familyIndex(List.of("Kim", "Harlow"), Optional.of("GB")));
        assertEquals(0, c.familyIndex(List.of("Kim", "Yo-jong"), Optional.of("KP")));
        assertEquals(1, c.familyIndex(List.of("Minseo", "Kim"), Optional.empty()));
    }

    @Test
    void hyphenAndCaseVariantsOfANameAreAStyleWarningNotTwoPeople() {
        var result = TestPipeline.check("North Korean leader Kim Jong-Un fired a missile.",
                "North Korean leader Kim Jong Un spoke. Kim Jong Un left.");
        assertEquals(1, result.corpus().persons().stream().filter(p -> p.name().startsWith("Kim")).count());
        List<Finding> f = result.findings().stream().filter(x -> x.rule().equals("name-style-variant")).toList();
        assertEquals(1, f.size());
        assertTrue(f.get(0).a().normalized().startsWith("style: "));
        assertTrue(f.get(0).message().contains("style"));
    }

    @Test
    void styleKeyKeepsOnlyLetters() {
        assertEquals("kimjongun", NameStyleComparison.styleKey("Kim Jong-Un"));
        assertEquals(NameStyleComparison.styleKey("KIM jong un"), NameStyleComparison.styleKey("Kim Jong-Un"));
    }
}
