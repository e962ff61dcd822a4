package dev.crosscheck.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
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
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(options, "options");
        Path file = target.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "Is a directory");
        }
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".crosscheck-", ".csv.tmp", permissions(dir));
        try {
            writeCsv(temp, findings, options);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (Throwable failure) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | RuntimeException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }

    /** A temp file is private (0600) by default; ask for 0644 so the report gets the usual umask-based mode. */
    private static FileAttribute<?>[] permissions(Path dir) {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"))
            };
        }
        return new FileAttribute<?>[0];
    }

    private static void writeCsv(Path temp, List<Finding> findings, Options options) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
             Writer writer = new BufferedWriter(new OutputStreamWriter(
                     Channels.newOutputStream(channel), StandardCharsets.UTF_8.newEncoder()))) {
            if (options.byteOrderMark()) {
                writer.write(BYTE_ORDER_MARK);
            }
            try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
                for (Finding finding : findings) {
                    printer.printRecord(row(finding));
                }
                printer.flush();
                channel.force(true);
            }
        }
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
