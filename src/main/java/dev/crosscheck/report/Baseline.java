package dev.crosscheck.report;

import dev.crosscheck.finding.Finding;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accepted findings ({@code crosscheck baseline create}, {@code check --baseline FILE}): a CSV file
 * with a header row, columns {@code id,rule,subject,reason}. Only {@code id} is read to match
 * findings; {@code rule} and {@code subject} are there for people (and to tell a stale entry),
 * {@code reason} says why the difference is accepted and is kept when the baseline is created
 * again. Other columns are ignored, lines starting with {@code #} are comments. Written as UTF-8
 * without byte-order mark, LF line ends, sorted by rule, subject and id, so it diffs well in
 * version control.
 */
public final class Baseline {

    /** The header of a written baseline. */
    public static final List<String> COLUMNS = List.of("id", "rule", "subject", "reason");

    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder()
            .setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator("\n").get();
    private static final CSVFormat READ = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setCommentMarker('#').setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true).get();

    /**
     * One accepted finding.
     *
     * @param id      the finding's id
     * @param rule    its rule (may be empty)
     * @param subject what it is about (may be empty)
     * @param reason  why it is accepted (may be empty)
     * @param line    the entry's line in the file (1-based), 0 for a new entry
     */
    public record Entry(String id, String rule, String subject, String reason, long line) {
    }

    /** The baseline cannot be read or is not a baseline; the message names the file (and line). */
    public static final class BaselineException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BaselineException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Map<String, Entry> entries;

    private Baseline(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** Entries in file order, one per id (the first when an id is listed twice). */
    public Collection<Entry> entries() {
        return entries.values();
    }

    /** Whether the baseline accepts the finding. */
    public boolean contains(Finding f) {
        return entries.containsKey(f.id());
    }

    /** An empty baseline. */
    public static Baseline empty() {
        return new Baseline(Map.of());
    }

    /**
     * Reads a baseline file.
     *
     * @param label the path as the user gave it, for messages
     * @throws BaselineException "label: reason" or "label:line: reason"
     */
    public static Baseline read(Path file, String label) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new BaselineException(label + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new BaselineException(label + ": not valid UTF-8", e);
        } catch (IOException e) {
            throw new BaselineException(label + ": cannot read: " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(new StringReader(text), label);
    }

    private static Baseline parse(Reader in, String label) {
        Map<String, Entry> out = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(READ).get()) {
            Set<String> header = parser.getHeaderMap() == null ? Set.of() : parser.getHeaderMap().keySet();
            if (!header.contains("id")) {
                throw new BaselineException(label + ":1: not a baseline: the header row has no 'id' column "
                        + "(expected " + String.join(",", COLUMNS) + ")", null);
            }
            for (CSVRecord r : parser) {
                String id = value(r, "id");
                if (id.isEmpty()) {
                    throw new BaselineException(label + ":" + r.getParser().getCurrentLineNumber()
                            + ": an entry without an id", null);
                }
                out.putIfAbsent(id, new Entry(id, value(r, "rule"), value(r, "subject"), value(r, "reason"),
                        r.getParser().getCurrentLineNumber()));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new BaselineException(label + ": not a valid CSV file: " + e.getMessage(), e);
        }
        return new Baseline(out);
    }

    private static String value(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column).strip() : "";
    }

    /**
     * The entries for {@code findings}: one per id, sorted by rule, subject and id, each keeping the
     * reason it has in {@code previous} (the baseline being replaced, or an empty one).
     */
    public static List<Entry> entriesFor(List<Finding> findings, Baseline previous) {
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (Finding f : findings) {
            Entry old = previous.entries.get(f.id());
            byId.putIfAbsent(f.id(), new Entry(f.id(), f.rule(), f.subject(), old == null ? "" : old.reason(), 0));
        }
        List<Entry> out = new ArrayList<>(byId.values());
        out.sort(java.util.Comparator.comparing(Entry::rule).thenComparing(Entry::subject)
                .thenComparing(Entry::id));
        return out;
    }

    /** Writes {@code entries} to a temporary file beside {@code target}; commit moves it into place. */
    public static StagedFile stage(Path target, List<Entry> entries) throws IOException {
        return StagedFile.stage(target, ".csv.tmp", temp -> {
            try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp),
                    StandardCharsets.UTF_8.newEncoder()));
                 CSVPrinter p = new CSVPrinter(w, WRITE)) {
                for (Entry e : entries) {
                    p.printRecord(e.id(), CsvReportWriter.neutralise(e.rule()),
                            CsvReportWriter.neutralise(e.subject()), CsvReportWriter.neutralise(e.reason()));
                }
            }
        });
    }
}
