package dev.crosscheck.eval;

import dev.crosscheck.finding.Category;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;
import dev.crosscheck.load.InputFiles;
import dev.crosscheck.pipeline.CheckResult;
import dev.crosscheck.pipeline.Checker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Runs the checker on the ECB+ event folders the way a user would (one folder per run, and both
 * events of a topic in one run) and scores the reports against the gold labels.
 *
 * @param checker the pipeline with the rules under test
 * @param corpus  the ECB+ folder ({@code ../shared/corpora/ecbplus})
 * @param gold    the labelled facts
 * @param split   topic → split name ({@code dev}, {@code heldout})
 */
public record QualityEval(Checker checker, Path corpus, GoldSet gold, Map<String, String> split) {

    /** The default locations, relative to the project. */
    public static final Path CORPUS = Path.of("..", "shared", "corpora", "ecbplus");
    public static final Path GOLD = Path.of("eval", "ecbplus", "gold");
    public static final Path SPLIT = Path.of("eval", "ecbplus", "split.csv");

    /** Reads {@code topic,split} rows (a header line first). */
    public static Map<String, String> readSplit(Path file) {
        try {
            Map<String, String> out = new TreeMap<>();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                if (line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split(",");
                if (parts.length != 2) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected topic,split");
                }
                out.put(parts[0].trim(), parts[1].trim());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Both event folders of every topic of {@code splitName}, in name order. */
    public List<String> folders(String splitName) {
        List<String> out = new ArrayList<>();
        split.forEach((topic, s) -> {
            if (s.equals(splitName)) {
                out.add(topic + "-ecb");
                out.add(topic + "-ecbplus");
            }
        });
        return out;
    }

    /** Checks each folder on its own. */
    public List<QualityScore.FolderRun> runFolders(List<String> folders) {
        List<QualityScore.FolderRun> runs = new ArrayList<>();
        for (String folder : folders) {
            CheckResult r = check(List.of(corpus.resolve(folder).toString()));
            runs.add(new QualityScore.FolderRun(folder, r.articles().size(), r.findings()));
        }
        return runs;
    }

    /** Scores one split, each folder checked on its own. */
    public QualityScore score(String splitName) {
        return QualityScore.of(runFolders(folders(splitName)), gold);
    }

    /** Every topic of the corpus (a folder {@code NN-ecb} with its {@code NN-ecbplus}), in order. */
    public List<String> allTopics() {
        try (Stream<Path> s = Files.list(corpus)) {
            TreeSet<String> topics = new TreeSet<>();
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("-ecb"))
                    .filter(n -> Files.isDirectory(corpus.resolve(GoldFact.topic(n) + "-ecbplus")))
                    .forEach(n -> topics.add(GoldFact.topic(n)));
            return List.copyOf(topics);
        } catch (IOException e) {
            throw new UncheckedIOException(corpus + ": " + e.getMessage(), e);
        }
    }

    /** The cross-event findings of one combined run of both events of {@code topic}. */
    public List<Finding> crossEvent(String topic) {
        CheckResult r = check(List.of(corpus.resolve(topic + "-ecb").toString(),
                corpus.resolve(topic + "-ecbplus").toString()));
        return QualityScore.crossEvent(r.findings());
    }

    /** Counts of errors and warnings by category over {@code runs}. */
    public static Map<Category, int[]> bySeverity(List<QualityScore.FolderRun> runs) {
        Map<Category, int[]> out = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            out.put(c, new int[3]);
        }
        for (QualityScore.FolderRun run : runs) {
            for (Finding f : run.findings()) {
                out.get(f.category())[f.severity() == Severity.ERROR ? 0 : f.severity() == Severity.WARNING ? 1 : 2]++;
            }
        }
        return out;
    }

    private CheckResult check(List<String> paths) {
        return checker.check(InputFiles.expand(paths));
    }
}
