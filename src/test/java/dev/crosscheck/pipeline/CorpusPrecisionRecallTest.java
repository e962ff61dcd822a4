package dev.crosscheck.pipeline;

import dev.crosscheck.finding.Evidence;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;
import dev.crosscheck.load.InputFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Precision and recall on the invented corpora under {@code src/test/resources/corpus/} —
 * {@code numbers} (counts, dates, elapsed time) and {@code quotes} (quotes, titles, names), see
 * their READMEs: each set checked on its own, and all sets of a corpus in one run, where no
 * finding may pair articles of two sets. Every warning and error counts for precision, so a
 * false alarm of any rule lowers it. The floors are what the tool reached (numbers 5 of 5,
 * quotes 13 of 13, no false alarm); a change that loses a planted discrepancy or adds a false
 * one fails here.
 */
class CorpusPrecisionRecallTest {

    private static final Path CORPORA = Path.of("src/test/resources/corpus");
    private static final double PRECISION_FLOOR = 1.0;
    private static final double RECALL_FLOOR = 1.0;

    /** One expected finding: a rule and two (set/file, value as written) sides, in either order. */
    record Expected(String rule, String fileA, String valueA, String fileB, String valueB) {

        boolean matches(Finding f) {
            return f.rule().equals(rule) && (sides(f.a(), f.b()) || sides(f.b(), f.a()));
        }

        private boolean sides(Evidence x, Evidence y) {
            return side(x, fileA, valueA) && side(y, fileB, valueB);
        }

        private static boolean side(Evidence e, String file, String value) {
            return e.source().replace('\\', '/').endsWith("/" + file) && e.value().equals(value);
        }
    }

    record Score(int truePositives, int reported, int expected, List<String> misses, List<String> falseAlarms) {

        double precision() {
            return reported == 0 ? 1 : truePositives / (double) reported;
        }

        double recall() {
            return expected == 0 ? 1 : truePositives / (double) expected;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "precision %.2f (%d/%d), recall %.2f (%d/%d)%nmissed: %s%nfalse: %s",
                    precision(), truePositives, reported, recall(), truePositives, expected, misses, falseAlarms);
        }
    }

    private static List<Path> sets(String corpus) throws IOException {
        try (Stream<Path> s = Files.list(CORPORA.resolve(corpus))) {
            return s.filter(p -> Files.isRegularFile(p.resolve("expected.tsv"))).sorted().toList();
        }
    }

    private static List<Expected> expected(Path set) {
        try {
            List<Expected> out = new ArrayList<>();
            for (String line : Files.readAllLines(set.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                assertEquals(5, f.length, set + "/expected.tsv: " + line);
                String dir = set.getFileName() + "/";
                out.add(new Expected(f[0], dir + f[1], f[2], dir + f[3], f[4]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Score score(List<Finding> findings, List<Expected> expected) {
        List<Finding> reported = findings.stream().filter(f -> f.severity() != Severity.INFO).toList();
        List<String> misses = new ArrayList<>();
        int found = 0;
        for (Expected e : expected) {
            if (reported.stream().anyMatch(e::matches)) {
                found++;
            } else {
                misses.add(e.toString());
            }
        }
        List<String> falseAlarms = new ArrayList<>();
        int truePositives = 0;
        for (Finding f : reported) {
            if (expected.stream().anyMatch(e -> e.matches(f))) {
                truePositives++;
            } else {
                falseAlarms.add(f.rule() + ": " + f.a().value() + " (" + f.a().source() + ") vs " + f.b().value()
                        + " (" + f.b().source() + ")");
            }
        }
        return new Score(Math.min(found, truePositives), reported.size(), expected.size(), misses, falseAlarms);
    }

    @ParameterizedTest
    @ValueSource(strings = {"numbers", "quotes"})
    void eachSetMeetsThePrecisionAndRecallFloors(String corpus) throws IOException {
        List<Path> sets = sets(corpus);
        assertTrue(sets.size() >= 3, "expected at least three sets under " + corpus);
        List<Finding> all = new ArrayList<>();
        List<Expected> wanted = new ArrayList<>();
        for (Path set : sets) {
            all.addAll(TestPipeline.checker().check(InputFiles.expand(List.of(set.toString()))).findings());
            wanted.addAll(expected(set));
        }
        Score s = score(all, wanted);
        assertTrue(s.precision() >= PRECISION_FLOOR && s.recall() >= RECALL_FLOOR, s.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"numbers", "quotes"})
    void allSetsInOneRunKeepTheirStoriesApart(String corpus) throws IOException {
        List<Path> sets = sets(corpus);
        List<String> args = sets.stream().map(Path::toString).toList();
        List<Finding> findings = TestPipeline.checker().check(InputFiles.expand(args)).findings();
        for (Finding f : findings) {
            assertEquals(Path.of(f.a().source()).getParent(), Path.of(f.b().source()).getParent(),
                    () -> "finding pairs two sets: " + f);
        }
        List<Expected> wanted = new ArrayList<>();
        sets.forEach(set -> wanted.addAll(expected(set)));
        Score s = score(findings, wanted);
        assertTrue(s.precision() >= PRECISION_FLOOR && s.recall() >= RECALL_FLOOR, s.toString());
    }
}
