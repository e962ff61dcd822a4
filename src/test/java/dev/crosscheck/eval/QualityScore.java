package dev.crosscheck.eval;

import dev.crosscheck.finding.Category;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores the findings of single-folder runs against the gold facts of those folders: fact-level
 * recall (a discrepancy counts as found when at least one finding is about it), error and warning
 * precision (a finding is right only when it is about a labelled discrepancy; a finding about a
 * labelled look-alike or about nothing labelled is false), findings per article.
 */
public final class QualityScore {

    /** The findings of one folder checked on its own. */
    public record FolderRun(String folder, int articles, List<Finding> findings) {
    }

    /** Counts of one category (or of all, {@code category == null}). */
    public record Row(Category category, int facts, int found, int errors, int rightErrors, int warnings,
                      int rightWarnings, int infos) {

        public double recall() {
            return facts == 0 ? Double.NaN : found / (double) facts;
        }

        public double errorPrecision() {
            return errors == 0 ? Double.NaN : rightErrors / (double) errors;
        }

        public double warningPrecision() {
            return warnings == 0 ? Double.NaN : rightWarnings / (double) warnings;
        }
    }

    /** A finding with the fact it was matched to, if any. */
    public record Judged(String folder, Finding finding, Optional<GoldFact> fact) {

        public boolean right() {
            return fact.isPresent() && fact.get().label() == GoldFact.Label.DISCREPANCY;
        }
    }

    private final List<Row> rows;
    private final Row overall;
    private final int articles;
    private final List<Judged> judged;
    private final List<GoldFact> missed;

    private QualityScore(List<Row> rows, Row overall, int articles, List<Judged> judged, List<GoldFact> missed) {
        this.rows = rows;
        this.overall = overall;
        this.articles = articles;
        this.judged = judged;
        this.missed = missed;
    }

    public List<Row> rows() {
        return rows;
    }

    public Row overall() {
        return overall;
    }

    public int articles() {
        return articles;
    }

    /** Every error and warning with its verdict, in run order. */
    public List<Judged> judged() {
        return judged;
    }

    /** Labelled discrepancies no finding was about. */
    public List<GoldFact> missed() {
        return missed;
    }

    public double findingsPerArticle() {
        return articles == 0 ? 0 : (overall.errors() + overall.warnings()) / (double) articles;
    }

    /** Scores {@code runs} against the facts of their folders. */
    public static QualityScore of(List<FolderRun> runs, GoldSet gold) {
        Map<Category, int[]> counts = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            counts.put(c, new int[7]);
        }
        List<Judged> judged = new ArrayList<>();
        Set<String> foundIds = new HashSet<>();
        Set<String> folders = new HashSet<>();
        int articles = 0;
        for (FolderRun run : runs) {
            folders.add(run.folder());
            articles += run.articles();
            List<GoldFact> facts = gold.inFolders(Set.of(run.folder()));
            for (Finding f : run.findings()) {
                int[] c = counts.get(f.category());
                if (f.severity() == Severity.INFO) {
                    c[6]++;
                    continue;
                }
                Judged j = new Judged(run.folder(), f, FactMatcher.match(f, facts));
                judged.add(j);
                boolean error = f.severity() == Severity.ERROR;
                c[error ? 2 : 4]++;
                if (j.right()) {
                    c[error ? 3 : 5]++;
                    foundIds.add(j.fact().get().id());
                }
            }
        }
        List<GoldFact> missed = new ArrayList<>();
        for (GoldFact g : gold.inFolders(folders)) {
            if (g.label() != GoldFact.Label.DISCREPANCY) {
                continue;
            }
            int[] c = counts.get(g.category());
            c[0]++;
            if (foundIds.contains(g.id())) {
                c[1]++;
            } else {
                missed.add(g);
            }
        }
        List<Row> rows = new ArrayList<>();
        int[] total = new int[7];
        for (Map.Entry<Category, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            rows.add(row(e.getKey(), c));
            for (int i = 0; i < total.length; i++) {
                total[i] += c[i];
            }
        }
        return new QualityScore(List.copyOf(rows), row(null, total), articles, List.copyOf(judged),
                List.copyOf(missed));
    }

    private static Row row(Category category, int[] c) {
        return new Row(category, c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
    }

    /**
     * Findings of a run over both folders of one topic whose two sides stand in different folders
     * (different events) in a category where that is false by construction.
     */
    public static List<Finding> crossEvent(List<Finding> findings) {
        Set<Category> eventBound = Set.of(Category.NUMBER, Category.DATE, Category.DURATION, Category.QUOTE);
        return findings.stream()
                .filter(f -> eventBound.contains(f.category()))
                .filter(f -> !folder(f.a().source()).equals(folder(f.b().source())))
                .toList();
    }

    static String folder(String source) {
        Path parent = Path.of(source).getParent();
        return parent == null ? "" : parent.getFileName().toString();
    }

    static String ratio(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }
}
