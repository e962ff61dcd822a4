package dev.crosscheck.resolve;

import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.pipeline.TestPipeline;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuoteResolverTest {

    private static String speaker(ResolvedCorpus c, int article, String quoteStart) {
        ArticleClaims a = c.articles().get(article);
        for (int q = 0; q < a.quotes().size(); q++) {
            if (a.quotes().get(q).text().startsWith(quoteStart)) {
                int p = c.speakers().get(article)[q];
                return p < 0 ? "-" : c.persons().get(p).name();
            }
        }
        throw new AssertionError(quoteStart + " not among " + a.quotes());
    }

    @Test
    void aSurnameSpeakerIsTheFullNamedPerson() {
        ResolvedCorpus c = TestPipeline.check("Mayor Ivo Rask arrived. “We are ready,” Rask said.").corpus();
        assertEquals("Ivo Rask", speaker(c, 0, "We are"));
    }

    @Test
    void aRoleSpeakerIsTheLastHolderOfThatOfficeBeforeTheQuote() {
        ResolvedCorpus c = TestPipeline.check("French President Marko Tavel arrived on Monday. "
                + "Lena Orsk greeted him.\n\n“We are ready,” the president said.").corpus();
        assertEquals("Marko Tavel", speaker(c, 0, "We are"));
    }

    @Test
    void aRoleWithACountryAndNoHolderFallsBackToTheLastSpeakerOfThatCountry() {
        ResolvedCorpus c = TestPipeline.check("“We are ready,” French President Marko Tavel said. "
                + "The French leader also said “the port will open”.").corpus();
        assertEquals("Marko Tavel", speaker(c, 0, "the port"));
    }

    @Test
    void aRoleNobodyHoldsStaysUnresolved() {
        ResolvedCorpus c = TestPipeline.check("Lena Orsk arrived. “We are ready,” the president said.").corpus();
        assertEquals("-", speaker(c, 0, "We are"));
    }
}
