package dev.crosscheck.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import dev.crosscheck.finding.Evidence;
import dev.crosscheck.finding.Finding;

/**
 * Writes findings as an RFC 4180 CSV file (UTF-8, CRLF, optional byte order mark) that spreadsheets open safely:
 * cells that a spreadsheet would run as a formula are prefixed with an apostrophe. The file is replaced
 * atomically, so readers see either the old report or the complete new one.
 */
public final class CsvReportWriter {

    /** Column names of the header row, in order. */
    public static final List<String> COLUMNS = List.of(
            "id", "severity", "rule", "category", "subject",
            "value_a", "normalized_a", "source_a", "line_a", "evidence_a",
            "value_b", "normalized_b", "source_b", "line_b", "evidence_b",
            "message");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(COLUMNS.toArray(String[]::new))
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /**
     * Output options.
     *
     * @param byteOrderMark whether to start the file with U+FEFF so spreadsheet programs detect UTF-8
     */
    public record Options(boolean byteOrderMark) {
        /** Defaults: with byte order mark. */
        public static Options defaults() {
            return new Options(true);
        }
    }

    private CsvReportWriter() {
    }

    /**
     * Writes {@code findings} in the given order to {@code target}, creating missing parent directories.
     * On failure the target is left as it was and no temporary file remains.
     *
     * @throws IOException if the file cannot be written or moved into place
     */
    public static void write(Path target, List<Finding> findings, Options options) throws IOException {
        try (StagedFile staged = stage(target, findings, options)) {
            staged.commit();
        }
    }

    /**
     * Writes the report to a temporary file beside {@code target}; {@link StagedFile#commit()} moves it
     * into place. On failure no temporary file remains.
     *
     * @throws IOException if the file cannot be written
     */
    public static StagedFile stage(Path target, List<Finding> findings, Options options) throws IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(options, "options");
        return StagedFile.stage(target, ".csv.tmp", temp -> writeCsv(temp, findings, options));
    }

    private static void writeCsv(Path temp, List<Finding> findings, Options options) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            render(findings, options, out);
            channel.force(true);
        }
    }

    /**
     * Writes the report to {@code out} (flushed, not closed): the bytes of a report file, or of
     * {@code -o -} on standard output.
     */
    public static void render(List<Finding> findings, Options options, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()));
        if (options.byteOrderMark()) {
            writer.write(BYTE_ORDER_MARK);
        }
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        for (Finding finding : findings) {
            printer.printRecord(row(finding));
        }
        printer.flush();
        writer.flush();
    }

    /**
     * Prefixes an apostrophe when a spreadsheet would treat the cell as a formula, that is when it starts with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return. {@code null} becomes empty.
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + cell;
        }
        return cell;
    }

    private static List<Object> row(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(finding.severity(), "finding.severity");
        Objects.requireNonNull(finding.category(), "finding.category");
        List<Object> cells = new ArrayList<>(COLUMNS.size());
        cells.add(neutralise(finding.id()));
        cells.add(neutralise(finding.severity().label()));
        cells.add(neutralise(finding.rule()));
        cells.add(neutralise(finding.category().label()));
        cells.add(neutralise(finding.subject()));
        addEvidence(cells, Objects.requireNonNull(finding.a(), "finding.a"));
        addEvidence(cells, Objects.requireNonNull(finding.b(), "finding.b"));
        cells.add(neutralise(finding.message()));
        return cells;
    }

    private static void addEvidence(List<Object> cells, Evidence evidence) {
        cells.add(neutralise(evidence.value()));
        cells.add(neutralise(evidence.normalized()));
        cells.add(neutralise(evidence.source()));
        cells.add(evidence.line());
        cells.add(neutralise(evidence.sentence()));
    }
}
