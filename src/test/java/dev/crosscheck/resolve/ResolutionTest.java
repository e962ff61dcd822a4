package dev.crosscheck.resolve;

import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.pipeline.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResolutionTest {

    private static ResolvedCorpus resolve(String... texts) {
        return TestPipeline.check(texts).corpus();
    }

    private static String personOf(ResolvedCorpus c, int article, String mentionText) {
        ArticleClaims a = c.articles().get(article);
        for (int i = 0; i < a.persons().size(); i++) {
            if (a.persons().get(i).anchor().text().equals(mentionText)) {
                int p = c.personOf().get(article)[i];
                return p < 0 ? "-" : c.persons().get(p).name();
            }
        }
        throw new AssertionError(mentionText + " not found in " + a.persons());
    }

    @Test
    void spellingVariantsOfOneNameAreOnePersonAndDifferentSurnamesAreNot() {
        ResolvedCorpus c = resolve("Envoy Antony Blinken and Foreign Minister Qin Gang met.",
                "Envoy Anthony Blinken and Foreign Minister Chen Gang met. Antony Blinken left.");
        assertEquals(List.of("Antony Blinken", "Chen Gang", "Qin Gang"),
                c.persons().stream().map(Person::name).toList());
        assertEquals(List.of("Anthony Blinken", "Antony Blinken"), c.persons().get(0).forms());
    }

    @Test
    void aSurnameAloneLinksToTheFullNameInTheSameArticle() {
        ResolvedCorpus c = resolve("Chinese Foreign Minister Chen Gang met Ana Lutz. Both sides said Chen had accepted.");
        assertEquals("Chen Gang", personOf(c, 0, "Chen"));
    }

    @Test
    void aRoleWithACountryLinksToItsOnlyHolder() {
        ResolvedCorpus c = resolve("Chinese President Xi Jinping spoke. Later the Chinese President left.",
                "The Chinese President met Ana Lutz.");
        assertEquals("Xi Jinping", personOf(c, 0, "Chinese President"));
        assertEquals("Xi Jinping", personOf(c, 1, "Chinese President"));
    }

    @Test
    void theMeetingWithNoNamesRefersToTheEventJustDescribed() {
        ResolvedCorpus c = resolve("Ana Lutz held talks with Ivo Rask on Monday. The two shook hands. "
                + "The approximately 30-minute meeting ended early.");
        ResolvedEvent meeting = c.events().get(0).stream().flatMap(Optional::stream)
                .filter(e -> e.mention().anchor().text().equals("meeting")).findFirst().orElseThrow();
        assertTrue(meeting.inferred());
        assertEquals("meeting Ana Lutz–Ivo Rask", c.eventLabel(meeting));
    }

    @Test
    void meetingsInGeneralDoNotReferBack() {
        ResolvedCorpus c = resolve("Ana Lutz held talks with Ivo Rask. Meetings in Ostra were constructive.");
        assertTrue(c.events().get(0).stream().filter(e -> e.isPresent()
                && e.get().mention().anchor().text().equals("Meetings")).findAny().isEmpty());
    }

    @Test
    void anOpeningPhraseEventWhoseClauseNamesOnePersonRefersToTheEventJustDescribed() {
        ResolvedCorpus c = resolve("Ana Lutz met Ivo Rask in Ostra on Monday. "
                + "After nearly four hours of talks, Lutz left without a statement.");
        ResolvedEvent talks = c.events().get(0).stream().flatMap(Optional::stream)
                .filter(e -> e.mention().anchor().text().equals("talks")).findFirst().orElseThrow();
        assertTrue(talks.inferred());
        assertEquals("meeting Ana Lutz–Ivo Rask", c.eventLabel(talks));
        // control: the same phrase after a sentence with no meeting refers to nothing
        ResolvedCorpus alone = resolve("Ana Lutz arrived in Ostra on Monday. "
                + "After nearly four hours of talks, Lutz left without a statement.");
        assertTrue(alone.events().get(0).stream().flatMap(Optional::stream)
                .noneMatch(e -> e.mention().anchor().text().equals("talks")));
    }

    @Test
    void anEventAfterAPluralReferenceRefersToTheEventJustDescribed() {
        ResolvedCorpus c = resolve("Ana Lutz met Ivo Rask in Ostra on Monday. "
                + "The two held a one-and-a-half-hour meeting at the town hall.");
        ResolvedEvent meeting = c.events().get(0).stream().flatMap(Optional::stream)
                .filter(e -> e.mention().anchor().text().equals("meeting")).findFirst().orElseThrow();
        assertTrue(meeting.inferred());
        assertEquals("meeting Ana Lutz–Ivo Rask", c.eventLabel(meeting));
        // control: without the plural reference an indefinite meeting is another one
        ResolvedCorpus other = resolve("Ana Lutz met Ivo Rask in Ostra on Monday. "
                + "Officials held a one-and-a-half-hour meeting at the town hall.");
        assertTrue(other.events().get(0).stream().flatMap(Optional::stream)
                .noneMatch(e -> e.mention().anchor().text().equals("meeting")));
    }
}
