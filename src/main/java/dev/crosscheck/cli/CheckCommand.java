package dev.crosscheck.cli;

import dev.crosscheck.finding.Finding;
import dev.crosscheck.pipeline.CheckResult;
import dev.crosscheck.pipeline.Checker;
import dev.crosscheck.pipeline.Failure;
import dev.crosscheck.pipeline.OutOfMemoryException;
import dev.crosscheck.report.Baseline;
import dev.crosscheck.report.ClaimsWriter;
import dev.crosscheck.report.CsvReportWriter;
import dev.crosscheck.report.HtmlReportWriter;
import dev.crosscheck.report.Report;
import dev.crosscheck.report.StagedFile;
import dev.crosscheck.report.Summary;
import dev.crosscheck.report.ToolInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code crosscheck check}: read articles, compare their claims, write the reports, gate on findings. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Checks news articles about the same event against each other and writes a report "
                + "of discrepancies (one entry per pair of disagreeing claims), or an HTML page for editors with "
                + "--format html. Exits 1 when findings at or above --fail-on remain, so it can gate a build."},
        footerHeading = "%nExamples:%n",
        footer = {"  crosscheck check seeds                 writes reports/seeds.csv (exit 1: it has 2 errors)",
            "  crosscheck check a.txt b.txt -o out.csv",
            "  crosscheck check --rules my-rules seeds",
            "  crosscheck check seeds --format html     writes reports/seeds.html",
            "  crosscheck check -r articles/           reads the subfolders too",
            "  crosscheck check reference --target new.txt --baseline crosscheck-baseline.csv \\",
            "      --format sarif=reports/gate.sarif --format github"})
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Article files (UTF-8 text, Markdown .md/.markdown, HTML .html/.htm) or folders; a folder "
                    + "contributes every such file directly inside it (with -r, below it), sorted by name.")
    List<String> paths = new ArrayList<>();

    @Mixin
    RunOptions run;

    @Option(names = "--all-findings",
            description = "With --target: report the findings that involve no target too (they still do "
                    + "not count for the exit code).")
    boolean allFindings;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Accepted findings (crosscheck baseline create): findings whose id it lists are "
                    + "dropped from the report and the exit code; the summary counts them, stderr lists "
                    + "entries that match no finding (stale).")
    Path baseline;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = FailOnConverter.class,
            description = "Exit 1 when a reported finding is at or above this severity: error (default), "
                    + "warning, info, or never.")
    FailOn failOn = FailOn.ERROR;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Report file; '-' writes it to standard output (the summary then goes to stderr). "
                    + "Default: reports/<folder>.<format> for a single folder, else reports/report.<format>.")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT[=FILE]",
            description = "csv (default), json, sarif, github (workflow annotations), text "
                    + "(file:line: severity rule: message) or html (one self-contained page for editors: findings "
                    + "grouped by subject, evidence side by side). Repeatable; FORMAT=FILE gives that format its own "
                    + "output (=- for standard output). A FORMAT without FILE goes to -o (github and text to "
                    + "standard output when there is no -o); when every FORMAT has a FILE, the CSV report is "
                    + "written too.")
    List<String> formats = new ArrayList<>();

    @Option(names = "--no-bom", description = "Write the CSV report without a UTF-8 byte-order mark "
            + "(by default one is written so spreadsheets detect UTF-8; never on standard output).")
    boolean noBom;

    @Option(names = {"-q", "--quiet"}, description = "No summary and no progress bar; errors and notes still go "
            + "to stderr.")
    boolean quiet;

    @Option(names = "--claims", paramLabel = "FILE",
            description = "Also write every extracted claim and how it was resolved (tab-separated), to audit "
                    + "what the rules compared.")
    Path claims;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Colour and progress; tests keep the plain default, {@link CrosscheckCli#main} detects the terminal. */
    Terminal terminal = Terminal.PLAIN;

    /** Seams around the pipeline's stages; tests set them to make an article or a rule fail. */
    Checker.Hooks hooks = Checker.Hooks.NONE;

    @Override
    public Integer call() {
        try {
            return check();
        } catch (OutOfMemoryError e) {
            // outside one article's work (that names the article): models, resolution, rules, report
            throw new OutOfMemoryException(null, e);
        }
    }

    private int check() {
        CommandLine cl = spec.commandLine();
        if (allFindings && run.targets.isEmpty()) {
            throw new CommandLine.ParameterException(cl, "--all-findings needs --target");
        }
        List<OutputPlan.Output> outputs = OutputPlan.plan(cl, formats, output, defaultBase());
        boolean summaryToStderr = outputs.stream().anyMatch(OutputPlan.Output::stdout);
        Baseline accepted = baseline == null ? Baseline.empty() : Baseline.read(baseline, baseline.toString());
        RunOptions.Prepared prepared = run.prepare(cl, paths);
        if (!cl.getParseResult().hasMatchedOption("--fail-on")) {
            prepared.project().failOn().ifPresent(f -> failOn = f);
        }
        List<Map.Entry<String, Path>> files = new ArrayList<>();
        for (OutputPlan.Output o : outputs) {
            if (!o.stdout()) {
                files.add(Map.entry(files.isEmpty() ? "report"
                        : o.format().label() + " report", o.path()));
            }
        }
        OutputPaths.check(files, claims, prepared.inputs(), baseline == null ? List.of() : List.of(baseline));

        PrintWriter err = cl.getErr();
        RunOptions.Run checked = run.run(prepared, hooks, err, terminal.progress() && !quiet);
        CheckResult result = checked.result();
        Gate gate = gate(checked, accepted);
        Report report = new Report(ToolInfo.of(checked.rules().digest()), checked.rules().asReported(), gate.reported,
                result.articles().size(), gate.suppressed, gate.leftOut, notChecked(result));
        writeOutputs(result, report, outputs, HtmlPage.of(result, pageTitle()));
        for (Baseline.Entry stale : gate.stale) {
            err.println("crosscheck: baseline " + baseline + ":" + stale.line() + ": stale entry " + stale.id()
                    + describe(stale) + " matches no finding; remove it or create the baseline again");
        }
        err.flush();

        int exit = exitCode(result, gate);
        if (quiet) {
            return exit;
        }
        Summary.NotChecked notChecked = new Summary.NotChecked(result.count(Failure.Kind.ARTICLE),
                result.count(Failure.Kind.SKIPPED_INPUT), result.count(Failure.Kind.RULE));
        // colour only where the terminal check applies: on stdout
        Summary.Style style = terminal.colour() && !summaryToStderr ? Summary.Style.COLOUR : Summary.Style.PLAIN;
        StringBuilder summary = new StringBuilder(Summary.render(result.articles().size(), result.sentenceCount(),
                result.claimCount(), gate.reported, describe(outputs), notChecked, style));
        if (checked.targetSources() != null) {
            line(summary, "Targets: " + plural(checked.targetSources().size(), "article") + "; "
                    + plural(gate.leftOut, "finding") + " involving no target "
                    + (allFindings ? "reported too (they do not count for the exit code)"
                    : "left out (--all-findings reports them)"));
        }
        if (baseline != null) {
            line(summary, "Baseline: " + plural(gate.suppressed, "finding") + " suppressed by " + baseline
                    + (gate.stale.isEmpty() ? "" : "; " + plural(gate.stale.size(), "stale entry", "stale entries")
                    + " (listed on stderr)"));
        }
        line(summary, "Gate: " + (failOn == FailOn.NEVER ? "--fail-on never"
                : gate.failing == 0 ? "no finding at or above " + failOn.label()
                : plural(gate.failing, "finding") + " at or above " + failOn.label() + " (--fail-on "
                        + failOn.label() + ")") + "; exit " + exit);
        PrintWriter out = summaryToStderr ? err : cl.getOut();
        out.print(summary);
        out.flush();
        return exit;
    }

    /** PARTIAL wins over FINDINGS: an incomplete check says so first, whatever it found. */
    private static int exitCode(CheckResult result, Gate gate) {
        if (!result.failures().isEmpty()) {
            return ExitCode.PARTIAL.code();
        }
        return (gate.failing > 0 ? ExitCode.FINDINGS : ExitCode.OK).code();
    }

    /** The findings to report and the counts of those dropped, after --target and --baseline. */
    private static final class Gate {
        List<Finding> reported = new ArrayList<>();
        int suppressed;
        int leftOut;
        int failing;
        List<Baseline.Entry> stale = new ArrayList<>();
    }

    private Gate gate(RunOptions.Run checked, Baseline accepted) {
        Gate g = new Gate();
        Set<String> ids = new HashSet<>();
        for (Finding f : checked.result().findings()) {
            ids.add(f.id());
            boolean target = checked.involvesTarget(f);
            if (!target) {
                g.leftOut++;
            }
            if (!target && !allFindings) {
                continue;
            }
            if (accepted.contains(f)) {
                g.suppressed++;
                continue;
            }
            g.reported.add(f);
            if (target && failOn.fails(f.severity())) {
                g.failing++;
            }
        }
        Set<String> failedRules = checked.failedRules();
        for (Baseline.Entry e : accepted.entries()) {
            // an entry of a rule that failed this run may still match: not called stale
            if (!ids.contains(e.id()) && !failedRules.contains(e.rule())) {
                g.stale.add(e);
            }
        }
        return g;
    }

    private static List<Report.NotChecked> notChecked(CheckResult result) {
        List<Report.NotChecked> out = new ArrayList<>();
        for (Failure f : result.failures()) {
            out.add(new Report.NotChecked(f.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), f.name(),
                    f.reason()));
        }
        return out;
    }

    /**
     * Writes every file output and the claims file (when asked) to temporary files, and moves them
     * into place only once all are complete: a failure leaves every previous output as it was.
     * Standard-output formats are written after that.
     */
    private void writeOutputs(CheckResult result, Report report, List<OutputPlan.Output> outputs,
                              HtmlReportWriter.Page page) {
        CsvReportWriter.Options csv = new CsvReportWriter.Options(!noBom);
        List<StagedFile> staged = new ArrayList<>();
        List<String> what = new ArrayList<>();
        List<Path> where = new ArrayList<>();
        try {
            for (OutputPlan.Output o : outputs) {
                if (!o.stdout()) {
                    String label = o.format().label() + " report";
                    staged.add(stage(label, o.path(), () -> StagedFile.write(o.path(), "." + o.format().extension()
                            + ".tmp", out -> o.format().renderer(csv, page).render(report, out, true))));
                    what.add(label);
                    where.add(o.path());
                }
            }
            if (claims != null) {
                staged.add(stage("claims file", claims, () -> ClaimsWriter.stage(claims, result.corpus())));
                what.add("claims file");
                where.add(claims);
            }
            for (int i = staged.size() - 1; i >= 0; i--) {
                commit(what.get(i), where.get(i), staged.get(i));
            }
        } finally {
            for (StagedFile s : staged) {
                try {
                    s.close();
                } catch (IOException e) {
                    // only a temporary file could not be deleted; the outputs are in place
                    spec.commandLine().getErr().println("crosscheck: warning: " + OutputPaths.describe(e));
                }
            }
        }
        for (OutputPlan.Output o : outputs) {
            if (o.stdout()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try {
                    o.format().renderer(csv, page).render(report, bytes, false);
                } catch (IOException e) {
                    throw new ReportException(o.format().label() + " report to standard output: "
                            + OutputPaths.describe(e), e);
                }
                PrintWriter out = spec.commandLine().getOut();
                out.print(bytes.toString(StandardCharsets.UTF_8));
                out.flush();
            }
        }
    }

    private interface Stager {
        StagedFile stage() throws IOException;
    }

    private static StagedFile stage(String what, Path path, Stager stager) {
        try {
            return stager.stage();
        } catch (IOException e) {
            throw new ReportException(what + " " + path + ": " + OutputPaths.describe(e), e);
        }
    }

    private static void commit(String what, Path path, StagedFile staged) {
        try {
            staged.commit();
        } catch (IOException e) {
            throw new ReportException(what + " " + path + ": " + OutputPaths.describe(e), e);
        }
    }

    /** "crosscheck: seeds" for the HTML page: the names of the PATHs and targets. */
    private String pageTitle() {
        List<String> names = new ArrayList<>();
        List<String> all = new ArrayList<>(paths);
        all.addAll(run.targets);
        for (String p : all) {
            Path name = Path.of(p).toAbsolutePath().normalize().getFileName();
            names.add(name == null ? p : name.toString());
        }
        return "crosscheck: " + String.join(", ", names);
    }

    /** reports/NAME for one folder, else reports/report; the format adds the extension. */
    private String defaultBase() {
        if (paths.size() == 1 && Files.isDirectory(Path.of(paths.get(0)))) {
            Path name = Path.of(paths.get(0)).toAbsolutePath().normalize().getFileName();
            if (name != null) {
                return Path.of("reports", name.toString()).toString();
            }
        }
        return Path.of("reports", "report").toString();
    }

    private static String describe(List<OutputPlan.Output> outputs) {
        if (outputs.size() == 1) {
            return outputs.get(0).describe();
        }
        List<String> parts = new ArrayList<>();
        for (OutputPlan.Output o : outputs) {
            parts.add(o.describe() + " (" + o.format().label() + ")");
        }
        return String.join(", ", parts);
    }

    private static String describe(Baseline.Entry e) {
        if (e.rule().isEmpty() && e.subject().isEmpty()) {
            return "";
        }
        return " (" + e.rule() + (e.subject().isEmpty() ? "" : ", " + e.subject()) + ")";
    }

    private static void line(StringBuilder sb, String line) {
        sb.append(line).append(System.lineSeparator());
    }

    static String plural(long n, String noun) {
        return plural(n, noun, noun + "s");
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Parses --fail-on values in lower case, as the help names them. */
    static final class FailOnConverter implements CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            for (FailOn f : FailOn.values()) {
                if (f.label().equals(value.toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new CommandLine.TypeConversionException("expected error, warning, info or never, got '"
                    + value + "'");
        }
    }
}
