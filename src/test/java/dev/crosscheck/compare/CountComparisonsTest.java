package dev.crosscheck.compare;

import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;
import dev.crosscheck.pipeline.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Count conflicts through the whole pipeline. */
class CountComparisonsTest {

    private static List<Finding> findings(String... texts) {
        return TestPipeline.check(texts).findings().stream().filter(f -> f.rule().equals("count-conflict")).toList();
    }

    @Test
    void aHeadlineAndALeadGivingOneFigureDisagreeWithAnotherArticleOnce() {
        List<Finding> f = findings(
                "Fire destroys three homes in Millbrook\n\nMILLBROOK - A fire destroyed three homes on Elm Street "
                        + "early Sunday, Fire Chief Tom Reyes said.",
                "A fire destroyed four homes on Elm Street in Millbrook early Sunday, Fire Chief Tom Reyes said.");
        assertEquals(1, f.size(), () -> f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("three homes", f.get(0).a().value());
        assertEquals("four homes", f.get(0).b().value());
    }

    @Test
    void sentencesSharingOnlyTheMeasuresWordsAreNoRestatementOfOneReport() {
        String lead = "Jets struck the Ostra camp on Thursday.\nAid workers fled.\nThe camp holds refugees.\n"
                + "The UN protested.\n";
        assertEquals(List.of(), findings(lead + "The UN said it had confirmed 30 dead and 55 wounded.",
                lead + "An airstrike in Zeitun left one armed militant dead and three wounded, medics said."));
        // the control: the same figures in a restated sentence are compared
        assertEquals(1, findings(lead + "The UN said it had confirmed 30 dead and 55 wounded in the camp.",
                lead + "The UN said it had confirmed 30 dead and 75 wounded in the camp.").size());
    }

    @Test
    void twoDisagreementsBetweenTheSameArticlesAreBothReported() {
        List<Finding> f = findings(
                "A fire destroyed three homes in Millbrook on Sunday and injured two people, Chief Tom Reyes said.",
                "A fire destroyed four homes in Millbrook on Sunday and injured five people, Chief Tom Reyes said.");
        assertEquals(2, f.size(), () -> f.toString());
    }
}
