package dev.crosscheck.cli;

import dev.crosscheck.load.InputFiles;
import dev.crosscheck.nlp.NlpModels;
import dev.crosscheck.pipeline.CheckResult;
import dev.crosscheck.pipeline.Checker;
import dev.crosscheck.pipeline.Failure;
import dev.crosscheck.pipeline.OutOfMemoryException;
import dev.crosscheck.report.ClaimsWriter;
import dev.crosscheck.report.CsvReportWriter;
import dev.crosscheck.report.StagedFile;
import dev.crosscheck.report.Summary;
import dev.crosscheck.rules.RuleLoader;
import dev.crosscheck.rules.RuleSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** {@code crosscheck check}: read articles, compare their claims, write the CSV report. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Checks news articles about the same event against each other and writes a CSV report "
                + "of discrepancies (one row per pair of disagreeing claims)."},
        footerHeading = "%nExamples:%n",
        footer = {"  crosscheck check seeds                 writes reports/seeds.csv",
            "  crosscheck check a.txt b.txt -o out.csv",
            "  crosscheck check --rules my-rules seeds"})
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Article files (UTF-8 text) or folders; a folder contributes every *.txt directly "
                    + "inside it, sorted by name.")
    List<String> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Report file. Default: reports/<folder>.csv for a single folder, else reports/report.csv.")
    Path output;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule directory (rule files *.yaml plus lexicon/). It REPLACES the built-in rules. "
                    + "Default: ./rules when present, else the rules built into the jar.")
    Path rules;

    @Option(names = "--no-bom", description = "Write the report without a UTF-8 byte-order mark "
            + "(by default one is written so spreadsheets detect UTF-8).")
    boolean noBom;

    @Option(names = "--claims", paramLabel = "FILE",
            description = "Also write every extracted claim and how it was resolved (tab-separated), to audit "
                    + "what the rules compared.")
    Path claims;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Worker threads for per-article NLP. Default: all cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-file-size", paramLabel = "SIZE", converter = ByteSize.class, defaultValue = "16MB",
            description = "Skip (and name) articles larger than this: bytes, or KB, MB, GB. Default: ${DEFAULT-VALUE}.")
    long maxFileSize;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        CompletableFuture<NlpModels> models = CompletableFuture.supplyAsync(NlpModels::load);
        RuleSet ruleSet = loadRules();
        List<InputFiles.Input> inputs = InputFiles.expand(paths);
        Path target = output != null ? output : defaultOutput();
        OutputPaths.check(target, claims, inputs);
        CheckResult result = new Checker(ruleSet, join(models), threads, hooks, maxFileSize).check(inputs);
        PrintWriter err = spec.commandLine().getErr();
        for (String note : result.notes()) {
            err.println("crosscheck: note: " + note);
        }
        for (Failure f : result.failures()) {
            err.println("crosscheck: " + f.line());
            if (ErrorHandler.debug()) {
                f.cause().printStackTrace(err);
            }
        }
        err.flush();
        writeOutputs(result, target);
        Summary.NotChecked notChecked = new Summary.NotChecked(result.count(Failure.Kind.ARTICLE),
                result.count(Failure.Kind.SKIPPED_INPUT), result.count(Failure.Kind.RULE));
        spec.commandLine().getOut().print(Summary.render(result.articles().size(), result.sentenceCount(),
                result.claimCount(), result.findings(), target.toString(), notChecked));
        spec.commandLine().getOut().flush();
        return (result.failures().isEmpty() ? ExitCode.OK : ExitCode.PARTIAL).code();
    }

    /**
     * Writes the report and the claims file (when asked) to temporary files, and moves both into
     * place only once both are complete: a failure leaves every previous output as it was.
     */
    private void writeOutputs(CheckResult result, Path target) {
        try (StagedFile report = stage("report", target,
                () -> CsvReportWriter.stage(target, result.findings(), new CsvReportWriter.Options(!noBom)));
             StagedFile audit = claims == null ? null
                     : stage("claims file", claims, () -> ClaimsWriter.stage(claims, result.corpus()))) {
            if (audit != null) {
                commit("claims file", claims, audit);
            }
            commit("report", target, report);
        } catch (IOException e) {
            // only a temporary file could not be deleted; the outputs are in place
            spec.commandLine().getErr().println("crosscheck: warning: " + OutputPaths.describe(e));
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

    private RuleSet loadRules() {
        if (rules != null) {
            return RuleLoader.fromDirectory(rules, rules.toString());
        }
        Path local = Path.of("rules");
        if (Files.isDirectory(local.resolve("lexicon"))) {
            return RuleLoader.fromDirectory(local, "rules");
        }
        return RuleLoader.builtIn();
    }

    private Path defaultOutput() {
        if (paths.size() == 1 && Files.isDirectory(Path.of(paths.get(0)))) {
            Path name = Path.of(paths.get(0)).toAbsolutePath().normalize().getFileName();
            if (name != null) {
                return Path.of("reports", name + ".csv");
            }
        }
        return Path.of("reports", "report.csv");
    }

    private static NlpModels join(CompletableFuture<NlpModels> models) {
        try {
            return models.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }
}
