package dev.crosscheck.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The report formats of {@code --format}; each has one renderer class. */
public enum ReportFormat {
    /** RFC 4180 CSV, the default (one row per finding; {@link CsvReportWriter}). */
    CSV("csv", false),
    /** JSON, schema {@code crosscheck-report} version 1 ({@link JsonReportWriter}). */
    JSON("json", false),
    /** SARIF 2.1.0 ({@link SarifReportWriter}). */
    SARIF("sarif", false),
    /** GitHub Actions workflow commands, one annotation per finding ({@link GithubAnnotationWriter}). */
    GITHUB("github", true),
    /** {@code file:line: severity rule: message}, one line per finding ({@link TextReportWriter}). */
    TEXT("text", true);

    private final String label;
    private final boolean stdoutByDefault;

    ReportFormat(String label, boolean stdoutByDefault) {
        this.label = label;
        this.stdoutByDefault = stdoutByDefault;
    }

    /** The name on the command line. */
    public String label() {
        return label;
    }

    /** The file extension of its default output file. */
    public String extension() {
        return label;
    }

    /** Whether, given no path, it goes to standard output rather than to the report file. */
    public boolean stdoutByDefault() {
        return stdoutByDefault;
    }

    /** Parses a label such as {@code "sarif"}. */
    public static Optional<ReportFormat> fromLabel(String label) {
        for (ReportFormat f : values()) {
            if (f.label.equals(label.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** "csv, json, ..." for messages. */
    public static String labels() {
        return Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(", "));
    }

    /** A new renderer for this format. */
    public ReportRenderer renderer(CsvReportWriter.Options csvOptions) {
        return switch (this) {
            case CSV -> (report, out, toFile) -> CsvReportWriter.render(report.findings(),
                    toFile ? csvOptions : new CsvReportWriter.Options(false), out);
            case JSON -> new JsonReportWriter();
            case SARIF -> new SarifReportWriter();
            case GITHUB -> new GithubAnnotationWriter();
            case TEXT -> new TextReportWriter();
        };
    }
}
