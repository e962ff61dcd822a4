package dev.crosscheck.pipeline;

import dev.crosscheck.cli.CrosscheckCli;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;
import dev.crosscheck.load.InputFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample corpus: the findings the core issue requires, the ones it forbids, and the golden file. */
class SeedsReportTest {

    private static List<Finding> findings;

    @BeforeAll
    static void checkSeeds() {
        findings = TestPipeline.checker().check(InputFiles.expand(List.of("seeds"))).findings();
    }

    private static long count(Predicate<Finding> p) {
        return findings.stream().filter(p).count();
    }

    private static boolean mentions(Finding f, String text) {
        return f.a().value().contains(text) || f.b().value().contains(text);
    }

    private static boolean from(Finding f, String prefix) {
        return f.a().source().contains("/" + prefix) || f.b().source().contains("/" + prefix);
    }

    @Test
    void chenGangAgainstQinGangIsANameError() {
        assertEquals(2, count(f -> f.rule().equals("office-holder-conflict") && f.severity() == Severity.ERROR
                && mentions(f, "Chen Gang") && mentions(f, "Qin Gang")
                && f.subject().equals("Chinese Foreign Minister")));
    }

    @Test
    void anthonyAgainstAntonyIsASpellingWarningAcrossAndInsideArticles() {
        List<Finding> blinken = findings.stream().filter(f -> f.category().label().equals("spelling")
                && f.subject().equals("Antony Blinken")).toList();
        assertTrue(blinken.stream().allMatch(f -> f.severity() == Severity.WARNING));
        assertTrue(blinken.stream().anyMatch(f -> !f.a().source().equals(f.b().source())), "across articles");
        assertTrue(blinken.stream().anyMatch(f -> f.a().source().equals(f.b().source())), "inside an article");
    }

    @Test
    void uighurAgainstUyghurIsASpellingWarning() {
        assertEquals(1, count(f -> f.category().label().equals("spelling") && mentions(f, "Uighur")
                && mentions(f, "Uyghur") && from(f, "000") && from(f, "004")));
    }

    @Test
    void thirtyMinutesAgainstThreeHoursNamesBothMeetingsAndIsNoError() {
        Finding f = findings.stream().filter(x -> x.category().label().equals("duration")
                && mentions(x, "30-minute") && mentions(x, "about three hours")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("Xi Jinping") && f.message().contains("Wang Yi"), f.message());
    }

    @Test
    void aboutThreeHoursAndMoreThanThreeHoursAreNotAnError() {
        assertEquals(0, count(f -> f.severity() != Severity.INFO && mentions(f, "about three hours")
                && mentions(f, "more than three hours")));
    }

    @Test
    void theSameMondayMeetingDatedSixMonthsApartIsADateFinding() {
        assertEquals(1, count(f -> f.category().label().equals("date") && from(f, "000") && from(f, "003")
                && (f.a().normalized() + f.b().normalized()).contains("2023-09-18")));
    }

    @Test
    void nothingComesFromLinkListsBiosFormsCreditsOrLeadTimes() {
        for (String forbidden : List.of("Wang Ye", "8 cities", "activists", "Freddie", "Dawson", "Guatemala",
                "WhatsApp", "an hour", "Lea Melis", "five years", "2018")) {
            assertEquals(0, count(f -> f.a().sentence().contains(forbidden) && mentions(f, forbidden)
                    || f.b().sentence().contains(forbidden) && mentions(f, forbidden)), forbidden);
        }
        assertEquals(0, count(f -> f.a().sentence().contains("Read on") || f.b().sentence().contains("Leave a")));
    }

    @Test
    void xiPositiveResultAgainstPositiveOutcomeIsAQuoteWordingWarningWithBothSentences() {
        Finding f = findings.stream().filter(x -> x.rule().equals("quote-conflict")
                && mentions(x, "positive result") && mentions(x, "positive outcome")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Xi Jinping", f.subject());
        assertTrue(f.a().sentence().contains("positive result") && f.b().sentence().contains("positive outcome"));
        assertTrue(f.message().contains("\"bring\" → \"achieve\""), f.message());
    }

    @Test
    void quotesArePairedOnlyWithQuotesOfTheSameSpeaker() {
        var corpus = TestPipeline.checker().check(InputFiles.expand(List.of("seeds"))).corpus();
        for (Finding f : findings.stream().filter(x -> x.rule().equals("quote-conflict")).toList()) {
            for (var e : List.of(f.a(), f.b())) {
                boolean bySubject = false;
                for (int ai = 0; ai < corpus.articles().size(); ai++) {
                    var a = corpus.articles().get(ai);
                    for (int q = 0; q < a.quotes().size(); q++) {
                        int p = corpus.speakers().get(ai)[q];
                        if (a.article().source().equals(e.source()) && a.quotes().get(q).text().contains(e.value())
                                && p >= 0 && corpus.persons().get(p).name().equals(f.subject())) {
                            bySubject = true;
                        }
                    }
                }
                assertTrue(bySubject, e.value() + " is not a quote of " + f.subject());
            }
        }
        assertEquals(0, count(f -> f.rule().equals("quote-conflict") && f.subject().equals("Wang Yi")
                && (mentions(f, "positive") || mentions(f, "mutual respect"))));
    }

    @Test
    void quotesThatDifferOnlyInPunctuationGiveNoFinding() {
        // 000 and 004 render Xi's "I hope that(,) through this visit" alike apart from a comma and "of State"
        for (Finding f : findings.stream().filter(x -> x.rule().equals("quote-conflict")).toList()) {
            assertTrue(!f.a().normalized().equals(f.b().normalized()), f.toString());
            assertTrue(!f.message().contains("\",\""), f.message());
        }
    }

    @Test
    void theReportMatchesTheGoldenFileByteForByte(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("seeds.csv");
        StringWriter sink = new StringWriter();
        var cl = CrosscheckCli.commandLine();
        cl.setOut(new PrintWriter(sink));
        // exit 1: the seeds hold two errors, and --fail-on error is the default
        assertEquals(1, cl.execute("check", "seeds", "-o", out.toString()));
        assertArrayEquals(Files.readAllBytes(Path.of("src/test/resources/golden/seeds.csv")), Files.readAllBytes(out),
                "report differs from src/test/resources/golden/seeds.csv; if the change is intended, regenerate it "
                        + "(see README) and review the diff");
    }
}
