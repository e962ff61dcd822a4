package dev.crosscheck.cli;

import dev.crosscheck.finding.Finding;
import dev.crosscheck.pipeline.OutOfMemoryException;
import dev.crosscheck.report.Baseline;
import dev.crosscheck.report.StagedFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code crosscheck baseline}: accepted findings that no longer fail the check. */
@Command(name = "baseline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Accepted findings: a CSV file of finding ids (with rule, subject and an optional reason) "
                + "that check --baseline FILE drops from the report and the exit code.",
        subcommands = {BaselineCommand.Create.class})
final class BaselineCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command (try: crosscheck baseline create seeds)");
    }

    /** {@code crosscheck baseline create PATH... -o FILE}. */
    @Command(name = "create", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            sortOptions = false,
            description = {"Checks the articles as check does and records every finding (all severities; with "
                    + "--target, those involving a target) in a baseline file, one row per id: "
                    + "id,rule,subject,reason. Reasons of the ids already in the file are kept, so fill in the "
                    + "reason column and create the baseline again when the articles change."},
            footerHeading = "%nExamples:%n",
            footer = {"  crosscheck baseline create seeds                    writes crosscheck-baseline.csv",
                "  crosscheck check seeds --baseline crosscheck-baseline.csv   exit 0"})
    static final class Create implements Callable<Integer> {

        @Parameters(paramLabel = "PATH", arity = "0..*",
                description = "Article files or folders, as for check.")
        List<String> paths = new ArrayList<>();

        @Mixin
        RunOptions run;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "Baseline file. Default: ${DEFAULT-VALUE}.")
        Path output = Path.of("crosscheck-baseline.csv");

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                return create();
            } catch (OutOfMemoryError e) {
                throw new OutOfMemoryException(null, e);
            }
        }

        private int create() {
            CommandLine cl = spec.commandLine();
            Baseline previous = Files.isRegularFile(output) ? Baseline.read(output, output.toString())
                    : Baseline.empty();
            RunOptions.Prepared prepared = run.prepare(cl, paths);
            OutputPaths.check(List.of(Map.entry("baseline", output)), null, prepared.inputs(), List.of());
            RunOptions.Run checked = run.run(prepared, dev.crosscheck.pipeline.Checker.Hooks.NONE, cl.getErr());
            List<Finding> findings = new ArrayList<>();
            for (Finding f : checked.result().findings()) {
                if (checked.involvesTarget(f)) {
                    findings.add(f);
                }
            }
            List<Baseline.Entry> entries = Baseline.entriesFor(findings, previous);
            try (StagedFile staged = stage(entries)) {
                commit(staged);
            } catch (IOException e) {
                cl.getErr().println("crosscheck: warning: " + OutputPaths.describe(e));
            }
            long kept = entries.stream().filter(e -> !e.reason().isEmpty()).count();
            cl.getOut().println("Read " + CheckCommand.plural(checked.result().articles().size(), "article")
                    + ", " + CheckCommand.plural(entries.size(), "finding") + " accepted"
                    + (kept > 0 ? " (" + kept + " with a reason kept from the previous baseline)" : "") + ".");
            if (!checked.result().failures().isEmpty()) {
                cl.getOut().println("Not checked: " + CheckCommand.plural(checked.result().failures().size(),
                        "input or rule", "inputs or rules") + " (each named on stderr); their findings are "
                        + "not in the baseline");
            }
            cl.getOut().println("Baseline: " + output);
            cl.getOut().flush();
            return (checked.result().failures().isEmpty() ? ExitCode.OK : ExitCode.PARTIAL).code();
        }

        private StagedFile stage(List<Baseline.Entry> entries) {
            try {
                return Baseline.stage(output, entries);
            } catch (IOException e) {
                throw new ReportException("baseline " + output + ": " + OutputPaths.describe(e), e);
            }
        }

        private void commit(StagedFile staged) {
            try {
                staged.commit();
            } catch (IOException e) {
                throw new ReportException("baseline " + output + ": " + OutputPaths.describe(e), e);
            }
        }
    }
}
