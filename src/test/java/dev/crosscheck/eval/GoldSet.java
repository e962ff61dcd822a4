package dev.crosscheck.eval;

import dev.crosscheck.finding.Category;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The labelled real-news facts: every {@code *.csv} of a gold folder (one file per ECB+ topic),
 * header {@code fact,folder,category,label,value_a,where_a,value_b,where_b,note}; {@code where}
 * lists {@code FILE:LINE} places separated by {@code ;}. A malformed row is an error naming the
 * file and line.
 */
public final class GoldSet {

    static final String[] HEADER = {"fact", "folder", "category", "label", "value_a", "where_a", "value_b",
        "where_b", "note"};

    private final List<GoldFact> facts;

    private GoldSet(List<GoldFact> facts) {
        this.facts = List.copyOf(facts);
    }

    public List<GoldFact> facts() {
        return facts;
    }

    /** The facts of the given folders. */
    public List<GoldFact> inFolders(Set<String> folders) {
        return facts.stream().filter(f -> folders.contains(f.folder())).toList();
    }

    /** Reads every {@code *.csv} of {@code dir}, in file-name order. */
    public static GoldSet read(Path dir) {
        List<GoldFact> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path file : s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                for (GoldFact f : readFile(file)) {
                    if (!ids.add(f.id())) {
                        throw new IllegalArgumentException(f.origin() + ": duplicate fact id " + f.id());
                    }
                    out.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
        return new GoldSet(out);
    }

    static List<GoldFact> readFile(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(false).get();
        List<GoldFact> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, format)) {
            List<String> header = p.getHeaderNames();
            if (!header.equals(List.of(HEADER))) {
                throw new IllegalArgumentException(file + ":1: header must be " + String.join(",", HEADER));
            }
            for (CSVRecord rec : p) {
                out.add(fact(rec, file + ":" + (rec.getRecordNumber() + 1)));
            }
        }
        return out;
    }

    private static GoldFact fact(CSVRecord rec, String origin) {
        if (rec.size() != HEADER.length) {
            throw new IllegalArgumentException(origin + ": expected " + HEADER.length + " fields, got " + rec.size());
        }
        Category category = Category.fromLabel(rec.get("category").trim()).orElseThrow(
                () -> new IllegalArgumentException(origin + ": unknown category '" + rec.get("category") + "'"));
        GoldFact.Label label;
        try {
            label = GoldFact.Label.valueOf(rec.get("label").trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": label must be discrepancy or consistent, got '"
                    + rec.get("label") + "'", e);
        }
        return new GoldFact(rec.get("fact").trim(), rec.get("folder").trim(), category, label,
                side(rec.get("value_a"), rec.get("where_a"), origin),
                side(rec.get("value_b"), rec.get("where_b"), origin), rec.get("note"), origin);
    }

    private static GoldFact.Side side(String value, String where, String origin) {
        List<GoldFact.Location> locations = new ArrayList<>();
        for (String part : where.split(";")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int colon = p.lastIndexOf(':');
            try {
                locations.add(new GoldFact.Location(p.substring(0, colon).trim(),
                        Integer.parseInt(p.substring(colon + 1).trim())));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(origin + ": place must be FILE:LINE, got '" + p + "'", e);
            }
        }
        if (locations.isEmpty()) {
            throw new IllegalArgumentException(origin + ": a side without a FILE:LINE place");
        }
        return new GoldFact.Side(value.trim(), locations);
    }
}
