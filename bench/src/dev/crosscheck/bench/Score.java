package dev.crosscheck.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a report against the planted discrepancies of a generated corpus.
 *
 * <p>Usage: {@code Score TRUTH.tsv REPORT.csv}. Only error and warning rows count; info rows
 * ("compatible but worded differently") are only counted.
 * <ul>
 *   <li>A planted discrepancy is <b>found</b> when some row of its rule has the planted article on
 *   one side and an article of the same cluster on the other.</li>
 *   <li>A row is <b>correct</b> when one side is a planted article of that rule and both sides
 *   are in its cluster (for the spelling rule, see {@link #SPELLING}, only the planted side);
 *   every other error or warning row is a false alarm.</li>
 * </ul>
 * Prints one summary line {@code recall=… precision=…} and a per-rule breakdown.
 */
public final class Score {

    /**
     * The spelling rule compares words across the whole input and pairs a variant with an
     * occurrence of the canonical spelling, which may stand in another cluster when two people
     * share a surname; for it only the planted article's side must match.
     */
    private static final String SPELLING = "name-spelling-variant";

    private record Planted(String file, String cluster, String rule) {
    }

    private static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> clusterOf = new HashMap<>();
        Map<String, Planted> plantedIn = new HashMap<>();
        List<Planted> planted = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            clusterOf.put(f[0], f[1]);
            if (!f[2].equals("-")) {
                Planted p = new Planted(f[0], f[1], f[2]);
                planted.add(p);
                plantedIn.put(f[0], p);
            }
        }
        Set<Planted> found = new HashSet<>();
        Map<String, int[]> perRule = new TreeMap<>(); // rule -> planted, found, rows, correct rows
        for (Planted p : planted) {
            perRule.computeIfAbsent(p.rule(), k -> new int[4])[0]++;
        }
        int rows = 0;
        int correct = 0;
        int info = 0;
        try (Reader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (r.get("severity").equals("info")) {
                    info++;
                    continue;
                }
                rows++;
                String rule = r.get("rule");
                String a = fileName(r.get("source_a"));
                String b = fileName(r.get("source_b"));
                perRule.computeIfAbsent(rule, k -> new int[4])[2]++;
                boolean ok = false;
                for (String side : new String[] {a, b}) {
                    Planted p = plantedIn.get(side);
                    if (p != null && p.rule().equals(rule) && (rule.equals(SPELLING)
                            || p.cluster().equals(clusterOf.get(a)) && p.cluster().equals(clusterOf.get(b)))) {
                        ok = true;
                        found.add(p);
                    }
                }
                if (ok) {
                    correct++;
                    perRule.get(rule)[3]++;
                }
            }
        }
        for (Planted p : found) {
            perRule.get(p.rule())[1]++;
        }
        double recall = planted.isEmpty() ? 1 : (double) found.size() / planted.size();
        double precision = rows == 0 ? 1 : (double) correct / rows;
        System.out.printf("recall=%.4f precision=%.4f planted=%d found=%d rows=%d correct=%d info=%d%n", recall,
                precision, planted.size(), found.size(), rows, correct, info);
        for (Map.Entry<String, int[]> e : perRule.entrySet()) {
            int[] v = e.getValue();
            System.out.printf("  %-24s planted %5d  found %5d  rows %6d  correct rows %6d%n", e.getKey(), v[0], v[1],
                    v[2], v[3]);
        }
    }
}
