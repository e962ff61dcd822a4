package dev.crosscheck.eval;

import dev.crosscheck.finding.Category;
import dev.crosscheck.finding.Evidence;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.nlp.NlpModels;
import dev.crosscheck.pipeline.Checker;
import dev.crosscheck.rules.RuleLoader;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quality command behind {@code eval/run.sh}: scores the development and held-back splits of
 * the labelled ECB+ folders, counts findings on all 86 folders and cross-event findings on the 43
 * combined topics, prints Markdown tables and writes the per-finding verdicts to an output folder.
 *
 * <p>Arguments: {@code [OUT_DIR] [--labelled-only]}; OUT_DIR defaults to {@code eval/target}.
 */
public final class QualityMain {

    private QualityMain() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of("eval", "target");
        boolean labelledOnly = false;
        for (String a : args) {
            if (a.equals("--labelled-only")) {
                labelledOnly = true;
            } else {
                out = Path.of(a);
            }
        }
        Files.createDirectories(out);
        QualityEval eval = new QualityEval(new Checker(RuleLoader.fromDirectory(Path.of("rules"), "rules"),
                NlpModels.load(), Runtime.getRuntime().availableProcessors()), QualityEval.CORPUS,
                GoldSet.read(QualityEval.GOLD), QualityEval.readSplit(QualityEval.SPLIT));
        PrintStream o = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String split : List.of("dev", "heldout")) {
            List<String> folders = eval.folders(split);
            QualityScore s = eval.score(split);
            o.printf(Locale.ROOT, "## %s split: %d folders, %d articles, %d labelled facts%n%n", split,
                    folders.size(), s.articles(), s.overall().facts());
            o.print(table(s));
            o.printf(Locale.ROOT, "%nfindings (errors + warnings) per article: %.2f%n%n",
                    s.findingsPerArticle());
            writeJudged(out.resolve(split + "-findings.tsv"), s);
            writeMissed(out.resolve(split + "-missed.tsv"), s);
        }
        if (labelledOnly) {
            return;
        }
        List<String> all = new ArrayList<>();
        for (String t : eval.allTopics()) {
            all.add(t + "-ecb");
            all.add(t + "-ecbplus");
        }
        List<QualityScore.FolderRun> runs = eval.runFolders(all);
        int articles = runs.stream().mapToInt(QualityScore.FolderRun::articles).sum();
        o.printf(Locale.ROOT, "## all %d folders, each on its own: %d articles%n%n", all.size(), articles);
        o.println("| category | errors | warnings | info |");
        o.println("| --- | ---: | ---: | ---: |");
        int[] total = new int[3];
        for (Map.Entry<Category, int[]> e : QualityEval.bySeverity(runs).entrySet()) {
            int[] c = e.getValue();
            o.printf(Locale.ROOT, "| %s | %d | %d | %d |%n", e.getKey().label(), c[0], c[1], c[2]);
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        }
        o.printf(Locale.ROOT, "| all | %d | %d | %d |%n%nfindings (errors + warnings) per article: %.2f%n%n",
                total[0], total[1], total[2], (total[0] + total[1]) / (double) articles);
        List<Finding> cross = new ArrayList<>();
        List<String> topics = eval.allTopics();
        for (String t : topics) {
            cross.addAll(eval.crossEvent(t));
        }
        o.printf(Locale.ROOT, "## %d topics, both events in one run%n%n", topics.size());
        o.printf(Locale.ROOT, "cross-event number/date/duration/quote findings: %d", cross.size());
        for (Category c : List.of(Category.NUMBER, Category.DATE, Category.DURATION, Category.QUOTE)) {
            o.printf(Locale.ROOT, " (%s %d)", c.label(), cross.stream().filter(f -> f.category() == c).count());
        }
        o.println();
        try (Writer w = Files.newBufferedWriter(out.resolve("cross-event.tsv"), StandardCharsets.UTF_8)) {
            for (Finding f : cross) {
                w.write(String.join("\t", f.severity().name(), f.rule(), side(f.a()), side(f.b()), clean(f.message()))
                        + "\n");
            }
        }
    }

    static String table(QualityScore s) {
        StringBuilder b = new StringBuilder();
        b.append("| category | facts | found | recall | errors | error precision | warnings | warning precision | info |\n");
        b.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        List<QualityScore.Row> rows = new ArrayList<>(s.rows());
        rows.add(s.overall());
        for (QualityScore.Row r : rows) {
            if (r.category() != null && r.facts() == 0 && r.errors() == 0 && r.warnings() == 0 && r.infos() == 0) {
                continue;
            }
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %d | %s | %d | %s | %d |%n",
                    r.category() == null ? "**all**" : r.category().label(), r.facts(), r.found(),
                    QualityScore.ratio(r.recall()), r.errors(), QualityScore.ratio(r.errorPrecision()),
                    r.warnings(), QualityScore.ratio(r.warningPrecision()), r.infos()));
        }
        return b.toString();
    }

    private static void writeJudged(Path file, QualityScore s) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("verdict\tfact\tseverity\trule\tside_a\tside_b\tmessage\tsentence_a\tsentence_b\n");
            for (QualityScore.Judged j : s.judged()) {
                String verdict = j.right() ? "right" : j.fact().isPresent() ? "look-alike" : "unlabelled";
                w.write(String.join("\t", verdict, j.fact().map(GoldFact::id).orElse(""),
                        j.finding().severity().name(), j.finding().rule(), side(j.finding().a()),
                        side(j.finding().b()), clean(j.finding().message()), clean(j.finding().a().sentence()),
                        clean(j.finding().b().sentence())) + "\n");
            }
        }
    }

    private static void writeMissed(Path file, QualityScore s) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("fact\tcategory\tvalue_a\twhere_a\tvalue_b\twhere_b\tnote\n");
            for (GoldFact g : s.missed()) {
                w.write(String.join("\t", g.id(), g.category().label(), g.a().value(), where(g.a()), g.b().value(),
                        where(g.b()), clean(g.note())) + "\n");
            }
        }
    }

    private static String where(GoldFact.Side side) {
        return String.join(";", side.locations().stream().map(l -> l.file() + ":" + l.line()).toList());
    }

    private static String side(Evidence e) {
        return QualityScore.folder(e.source()) + "/" + Path.of(e.source()).getFileName() + ":" + e.line() + " "
                + clean(e.value());
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
