package dev.crosscheck.eval;

import dev.crosscheck.finding.Finding;
import dev.crosscheck.pipeline.TestPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Floors on real news: the development split of the labelled ECB+ folders (eval/ecbplus, see its
 * README), checked as {@code eval/run.sh} checks it. The floors sit just under what the tool
 * reaches (docs/QUALITY.md), so a change that loses labelled discrepancies or adds false alarms
 * fails the build. The held-back split is never asserted on: it is only measured. CI has
 * {@code ../shared} beside the checkout; elsewhere the test is skipped.
 */
class EcbPlusQualityTest {

    private static final double RECALL_FLOOR = 0.35;
    private static final double ERROR_PRECISION_FLOOR = 0.70;
    private static final double WARNING_PRECISION_FLOOR = 0.92;
    /**
     * The target is 0; what remains on the development topics are two undated articles that name
     * no year and share the names of one island (20-ecb / 20-ecbplus), which nothing in the text
     * tells apart (docs/QUALITY.md, remaining misses).
     */
    private static final int MAX_CROSS_EVENT = 3;

    private static QualityEval eval;

    @BeforeAll
    static void corpus() {
        assumeTrue(Files.isDirectory(QualityEval.CORPUS), "no " + QualityEval.CORPUS + " beside the project");
        eval = new QualityEval(TestPipeline.checker(), QualityEval.CORPUS, GoldSet.read(QualityEval.GOLD),
                QualityEval.readSplit(QualityEval.SPLIT));
    }

    @Test
    void theDevelopmentSplitKeepsItsRecallAndPrecisionFloors() {
        QualityScore s = eval.score("dev");
        QualityScore.Row all = s.overall();
        String table = QualityMain.table(s);
        assertTrue(all.facts() >= 100, () -> "the development split lost labels:\n" + table);
        assertTrue(all.recall() >= RECALL_FLOOR, () -> String.format(Locale.ROOT, "recall %.2f < %.2f%n%s",
                all.recall(), RECALL_FLOOR, table));
        assertTrue(all.errorPrecision() >= ERROR_PRECISION_FLOOR, () -> String.format(Locale.ROOT,
                "error precision %.2f < %.2f%n%s", all.errorPrecision(), ERROR_PRECISION_FLOOR, table));
        assertTrue(all.warningPrecision() >= WARNING_PRECISION_FLOOR, () -> String.format(Locale.ROOT,
                "warning precision %.2f < %.2f%n%s", all.warningPrecision(), WARNING_PRECISION_FLOOR, table));
    }

    @Test
    void theDevelopmentTopicsCheckedWithBothEventsInOneRunPairNoFiguresAcrossEvents() {
        List<Finding> cross = new ArrayList<>();
        eval.split().forEach((topic, split) -> {
            if (split.equals("dev")) {
                cross.addAll(eval.crossEvent(topic));
            }
        });
        assertTrue(cross.size() <= MAX_CROSS_EVENT, () -> cross.size() + " cross-event findings: " + cross);
    }
}
