package dev.crosscheck.pipeline;

import dev.crosscheck.extract.ArticleClaims;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Articles dated only by a wire dateline without a year take the year of the run's datelines. */
class WireDatelineReadTest {

    private static final String WIRE = "Navy foils attack\n\nMumbai, Nov 11 - The Indian navy foiled a pirate attack "
            + "in the Gulf of Aden yesterday, an officer said.";
    private static final String DATED = "November 12, 2011\n\nThe Indian navy foiled a pirate attack in the Gulf of Aden "
            + "on Thursday, an officer said.";

    private static Optional<LocalDate> datelineOfFirst(CheckResult r) {
        ArticleClaims a = r.corpus().articles().get(0);
        return a.article().dateline().map(d -> d.date());
    }

    @Test
    void aWireDatelineTakesTheYearOfTheRunsOtherDatelinesWithOneThreadOrTwo() {
        for (int threads : List.of(1, 2)) {
            CheckResult r = new Checker(TestPipeline.rules(), TestPipeline.models(), threads)
                    .checkTexts(List.of("a.txt", "b.txt", "c.txt"), List.of(WIRE, DATED, DATED));
            assertEquals(Optional.of(LocalDate.of(2011, 11, 11)), datelineOfFirst(r), "threads " + threads);
        }
    }

    @Test
    void withoutAnotherDatelineAWireDatelineStaysUndated() {
        CheckResult r = TestPipeline.check(WIRE, "The Indian navy foiled a pirate attack in the Gulf of Aden.");
        assertEquals(Optional.empty(), datelineOfFirst(r));
    }
}
