package dev.crosscheck.pipeline;

import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;
import dev.crosscheck.load.InputFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Precision and recall on the invented corpus in {@code src/test/resources/corpus/quotes/}:
 * every folder is one run; its {@code expected.tsv} lists the findings that must appear (rule
 * and both values, either order). Precision counts every warning and error of the run, so a
 * false alarm of any rule lowers it.
 */
class QuoteCorpusTest {

    /** Floors: the levels reached when the corpus was written (13 of 13 found, no false alarm). */
    private static final double PRECISION_FLOOR = 1.0;
    private static final double RECALL_FLOOR = 1.0;

    private static final Path CORPUS = Path.of("src/test/resources/corpus/quotes");

    private record Expected(String rule, String x, String y) {

        boolean matches(Finding f) {
            return f.rule().equals(rule) && (f.a().value().equals(x) && f.b().value().equals(y)
                    || f.a().value().equals(y) && f.b().value().equals(x));
        }
    }

    private static List<Expected> expected(Path dir) throws IOException {
        List<Expected> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("expected.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            out.add(new Expected(cols[0], cols[1], cols[2]));
        }
        return out;
    }

    @Test
    void precisionAndRecallStayAtOrAboveTheirFloors() throws IOException {
        List<Path> sets;
        try (Stream<Path> s = Files.list(CORPUS)) {
            sets = s.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(sets.size() >= 3, "corpus sets missing");
        int found = 0;
        int expectedTotal = 0;
        int reported = 0;
        int correct = 0;
        StringBuilder misses = new StringBuilder();
        for (Path dir : sets) {
            List<Expected> want = expected(dir);
            List<Finding> got = TestPipeline.checker().check(InputFiles.expand(List.of(dir.toString()))).findings()
                    .stream().filter(f -> f.severity() != Severity.INFO).toList();
            expectedTotal += want.size();
            reported += got.size();
            for (Expected e : want) {
                if (got.stream().anyMatch(e::matches)) {
                    found++;
                } else {
                    misses.append("\n  missed in ").append(dir.getFileName()).append(": ").append(e);
                }
            }
            for (Finding f : got) {
                if (want.stream().anyMatch(e -> e.matches(f))) {
                    correct++;
                } else {
                    misses.append("\n  false alarm in ").append(dir.getFileName()).append(": ").append(f.rule())
                            .append(" | ").append(f.a().value()).append(" | ").append(f.b().value());
                }
            }
        }
        double precision = reported == 0 ? 1.0 : (double) correct / reported;
        double recall = (double) found / expectedTotal;
        String summary = String.format("precision %.3f (%d/%d), recall %.3f (%d/%d)%s", precision, correct, reported,
                recall, found, expectedTotal, misses);
        assertTrue(precision >= PRECISION_FLOOR, summary);
        assertTrue(recall >= RECALL_FLOOR, summary);
    }
}
