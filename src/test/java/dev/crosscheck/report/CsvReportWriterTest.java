package dev.crosscheck.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.crosscheck.finding.Category;
import dev.crosscheck.finding.Evidence;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;

class CsvReportWriterTest {

    private static final String HEADER = "id,severity,rule,category,subject,"
            + "value_a,normalized_a,source_a,line_a,evidence_a,"
            + "value_b,normalized_b,source_b,line_b,evidence_b,message\r\n";

    private static final CsvReportWriter.Options WITH_BOM = CsvReportWriter.Options.defaults();
    private static final CsvReportWriter.Options NO_BOM = new CsvReportWriter.Options(false);

    @TempDir
    Path dir;

    private static Finding finding(String id, String valueA, String sentenceA, String message) {
        return new Finding(id, Severity.ERROR, "duration-mismatch", Category.DURATION, "the strike",
                new Evidence(valueA, "PT72H", "a.txt", 3, sentenceA),
                new Evidence("two days", "PT48H", "b.txt", 12, "It lasted two days."),
                message);
    }

    private static Finding simple() {
        return finding("f1", "three days", "The strike lasted three days.", "Durations differ.");
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), UTF_8);
    }

    private static List<CSVRecord> parse(Path file) throws IOException {
        String text = read(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            assertEquals(CsvReportWriter.COLUMNS, parser.getHeaderNames());
            return parser.getRecords();
        }
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    @Test
    void writesHeaderAndRowWithByteOrderMarkAndCrlf() throws IOException {
        Path target = dir.resolve("report.csv");

        CsvReportWriter.write(target, List.of(simple()), WITH_BOM);

        String expected = "\uFEFF" + HEADER
                + "f1,error,duration-mismatch,duration,the strike,"
                + "three days,PT72H,a.txt,3,The strike lasted three days.,"
                + "two days,PT48H,b.txt,12,It lasted two days.,Durations differ.\r\n";
        assertArrayEquals(expected.getBytes(UTF_8), Files.readAllBytes(target));
        byte[] bytes = Files.readAllBytes(target);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    }

    @Test
    void omitsByteOrderMarkWhenDisabled() throws IOException {
        Path target = dir.resolve("report.csv");

        CsvReportWriter.write(target, List.of(), NO_BOM);

        assertArrayEquals(HEADER.getBytes(UTF_8), Files.readAllBytes(target));
    }

    @Test
    void defaultOptionsIncludeByteOrderMark() {
        assertTrue(CsvReportWriter.Options.defaults().byteOrderMark());
    }

    @Test
    void keepsRowsInTheGivenOrder() throws IOException {
        Path target = dir.resolve("report.csv");
        List<Finding> findings = List.of(
                finding("zz", "x", "s", "m"), finding("aa", "x", "s", "m"), finding("mm", "x", "s", "m"));

        CsvReportWriter.write(target, findings, NO_BOM);

        List<String> ids = parse(target).stream().map(r -> r.get("id")).toList();
        assertEquals(List.of("zz", "aa", "mm"), ids);
    }

    @Test
    void quotesCommasQuotesAndLineBreaksOnlyWhereNeeded() throws IOException {
        Path target = dir.resolve("report.csv");
        Finding f = finding("f2", "3, maybe 4, days", "He said \"three\"\nthen left.", "Plain message");

        CsvReportWriter.write(target, List.of(f), NO_BOM);

        String row = read(target).substring(HEADER.length());
        assertEquals("f2,error,duration-mismatch,duration,the strike,"
                + "\"3, maybe 4, days\",PT72H,a.txt,3,\"He said \"\"three\"\"\nthen left.\","
                + "two days,PT48H,b.txt,12,It lasted two days.,Plain message\r\n", row);
    }

    @Test
    void roundTripsThroughACsvParser() throws IOException {
        Path target = dir.resolve("report.csv");
        Finding tricky = new Finding("f3", Severity.WARNING, "name-spelling", Category.SPELLING, "Zoë \"Z\" Ng",
                new Evidence("Zoë Ng", "zoe ng", "dir/a b.txt", 1, "Line one,\r\nline two — ünïcödé"),
                new Evidence("Zoe Ng", "zoe ng", "b.txt", 40, ""),
                "Spelled differently; see \"a\", \"b\".");

        CsvReportWriter.write(target, List.of(simple(), tricky), WITH_BOM);

        List<CSVRecord> records = parse(target);
        assertEquals(2, records.size());
        CSVRecord r = records.get(1);
        assertEquals("f3", r.get("id"));
        assertEquals("warning", r.get("severity"));
        assertEquals("name-spelling", r.get("rule"));
        assertEquals("spelling", r.get("category"));
        assertEquals("Zoë \"Z\" Ng", r.get("subject"));
        assertEquals("Zoë Ng", r.get("value_a"));
        assertEquals("zoe ng", r.get("normalized_a"));
        assertEquals("dir/a b.txt", r.get("source_a"));
        assertEquals("1", r.get("line_a"));
        assertEquals("Line one,\r\nline two — ünïcödé", r.get("evidence_a"));
        assertEquals("Zoe Ng", r.get("value_b"));
        assertEquals("40", r.get("line_b"));
        assertEquals("", r.get("evidence_b"));
        assertEquals("Spelled differently; see \"a\", \"b\".", r.get("message"));
        assertEquals(CsvReportWriter.COLUMNS.size(), r.size());
    }

    @Test
    void neutralisesCellsThatSpreadsheetsWouldEvaluate() {
        assertEquals("'=SUM(A1:A9)", CsvReportWriter.neutralise("=SUM(A1:A9)"));
        assertEquals("'+44 20 7946", CsvReportWriter.neutralise("+44 20 7946"));
        assertEquals("'-3", CsvReportWriter.neutralise("-3"));
        assertEquals("'@cmd", CsvReportWriter.neutralise("@cmd"));
        assertEquals("'\tindented", CsvReportWriter.neutralise("\tindented"));
        assertEquals("'\rreturn", CsvReportWriter.neutralise("\rreturn"));
    }

    @Test
    void leavesOrdinaryCellsAlone() {
        assertEquals("a=b", CsvReportWriter.neutralise("a=b"));
        assertEquals("3 - 4 days", CsvReportWriter.neutralise("3 - 4 days"));
        assertEquals("'quoted'", CsvReportWriter.neutralise("'quoted'"));
        assertEquals(" =not first", CsvReportWriter.neutralise(" =not first"));
        assertEquals("", CsvReportWriter.neutralise(""));
        assertEquals("", CsvReportWriter.neutralise(null));
    }

    @Test
    void neutralisesEveryTextColumnInTheFile() throws IOException {
        Path target = dir.resolve("report.csv");
        Finding f = new Finding("=id", Severity.INFO, "+rule", Category.NUMBER, "-subject",
                new Evidence("=1+1", "-2", "@a.txt", 5, "\tsentence"),
                new Evidence("+3", "=3", "-b.txt", 6, "=HYPERLINK(\"http://x\")"),
                "@message");

        CsvReportWriter.write(target, List.of(f), NO_BOM);

        CSVRecord r = parse(target).get(0);
        List<String> expected = List.of("'=id", "info", "'+rule", "number", "'-subject",
                "'=1+1", "'-2", "'@a.txt", "5", "'\tsentence",
                "'+3", "'=3", "'-b.txt", "6", "'=HYPERLINK(\"http://x\")",
                "'@message");
        assertEquals(expected, r.toList());
    }

    @Test
    void writesNullTextFieldsAsEmptyCells() throws IOException {
        Path target = dir.resolve("report.csv");
        Finding f = new Finding("f4", Severity.ERROR, "r", Category.DATE, null,
                new Evidence(null, null, "a.txt", 1, null),
                new Evidence("x", "x", "b.txt", 2, "s"), null);

        CsvReportWriter.write(target, List.of(f), NO_BOM);

        CSVRecord r = parse(target).get(0);
        assertEquals("", r.get("subject"));
        assertEquals("", r.get("value_a"));
        assertEquals("", r.get("evidence_a"));
        assertEquals("", r.get("message"));
    }

    @Test
    void writingTwiceGivesIdenticalBytes() throws IOException {
        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");
        List<Finding> findings = List.of(simple(), finding("f2", "=x", "a,\nb", "\"m\""));

        CsvReportWriter.write(first, findings, WITH_BOM);
        CsvReportWriter.write(second, findings, WITH_BOM);

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void replacesAnExistingReport() throws IOException {
        Path target = dir.resolve("report.csv");
        Files.writeString(target, "old report that is much longer than the new one ".repeat(50));

        CsvReportWriter.write(target, List.of(), NO_BOM);

        assertEquals(HEADER, read(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void createsMissingParentDirectories() throws IOException {
        Path target = dir.resolve("out/nested/deeper/report.csv");

        CsvReportWriter.write(target, List.of(simple()), NO_BOM);

        assertTrue(read(target).startsWith(HEADER));
        assertEquals(List.of(target), filesIn(target.getParent()));
    }

    @Test
    void acceptsARelativePath() throws IOException {
        Path target = Path.of("target", "csv-writer-relative-test.csv");
        Files.deleteIfExists(target);
        try {
            CsvReportWriter.write(target, List.of(), NO_BOM);

            assertEquals(HEADER, read(target));
        } finally {
            Files.deleteIfExists(target);
        }
    }

    @Test
    void failsWithoutTouchingAnythingWhenTargetIsADirectory() throws IOException {
        Path old = dir.resolve("report.csv");
        Files.writeString(old, "previous");
        Path target = dir.resolve("taken");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside.txt"), "keep");

        assertThrows(IOException.class, () -> CsvReportWriter.write(target, List.of(simple()), NO_BOM));

        assertEquals(List.of(old, target), filesIn(dir));
        assertEquals("previous", read(old));
        assertEquals("keep", read(target.resolve("inside.txt")));
    }

    @Test
    void failureWhileWritingDeletesTempFileAndKeepsOldReport() throws IOException {
        Path target = dir.resolve("report.csv");
        Files.writeString(target, "previous report");
        List<Finding> findings = new ArrayList<>();
        findings.add(simple());
        findings.add(null);

        assertThrows(NullPointerException.class, () -> CsvReportWriter.write(target, findings, NO_BOM));

        assertEquals("previous report", read(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void unencodableTextFailsInsteadOfWritingReplacementCharacters() throws IOException {
        Path target = dir.resolve("report.csv");
        Files.writeString(target, "previous report");
        Finding broken = finding("f5", "lone \uD800 surrogate", "s", "m");

        assertThrows(CharacterCodingException.class,
                () -> CsvReportWriter.write(target, List.of(broken), NO_BOM));

        assertEquals("previous report", read(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void reportGetsTheSamePermissionsAsAnOrdinaryNewFile() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path ordinary = Files.createFile(dir.resolve("ordinary.csv"));
        Path target = dir.resolve("report.csv");

        CsvReportWriter.write(target, List.of(), NO_BOM);

        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(target));
    }
}
