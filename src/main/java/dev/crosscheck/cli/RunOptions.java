package dev.crosscheck.cli;

import dev.crosscheck.load.InputFiles;
import dev.crosscheck.nlp.NlpModels;
import dev.crosscheck.pipeline.CheckResult;
import dev.crosscheck.pipeline.Checker;
import dev.crosscheck.pipeline.Failure;
import dev.crosscheck.rules.RuleSet;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The options {@code check} and {@code baseline create} share, and the run they describe. */
final class RunOptions {

    @picocli.CommandLine.Mixin
    RuleOptions ruleOptions = new RuleOptions();

    @Option(names = "--target", paramLabel = "FILE", arity = "1..*",
            description = "The copy under review (files or folders; repeatable, and several may follow one "
                    + "--target, so give the PATHs first). Targets are read and compared with the PATHs; only "
                    + "findings involving at least one target are reported and count for the exit code.")
    List<String> targets = new ArrayList<>();

    @Option(names = {"-r", "--recursive"}, description = "Folders (PATHs and targets) contribute article files in "
            + "their subfolders too (sorted by path).")
    boolean recursive;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Worker threads for per-article NLP. Default: all cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-file-size", paramLabel = "SIZE", converter = ByteSize.class, defaultValue = "16MB",
            description = "Skip (and name) articles larger than this: bytes, or KB, MB, GB. Default: ${DEFAULT-VALUE}.")
    long maxFileSize;

    /** What one run read and found. */
    record Run(RuleSet rules, List<InputFiles.Input> inputs, Set<String> targetSources, CheckResult result) {

        /** Whether the finding involves a target (always true without --target). */
        boolean involvesTarget(dev.crosscheck.finding.Finding f) {
            return targetSources == null || targetSources.contains(f.a().source())
                    || targetSources.contains(f.b().source());
        }

        Set<String> failedRules() {
            Set<String> out = new HashSet<>();
            for (Failure f : result.failures()) {
                if (f.kind() == Failure.Kind.RULE) {
                    out.add(f.name());
                }
            }
            return out;
        }
    }

    /** Rules and inputs, before anything is checked (so outputs can be checked against the inputs). */
    record Prepared(RuleSet rules, List<InputFiles.Input> inputs, Set<String> targetSources,
                    CompletableFuture<NlpModels> models, ProjectConfig project) {
    }

    Prepared prepare(CommandLine cl, List<String> paths) {
        if (threads < 1) {
            throw new CommandLine.ParameterException(cl, "--threads must be at least 1");
        }
        List<String> all = new ArrayList<>(paths);
        all.addAll(targets);
        if (all.isEmpty()) {
            throw new CommandLine.ParameterException(cl, "no articles given (try: crosscheck check seeds)");
        }
        // the models load while the rules and inputs are read
        CompletableFuture<NlpModels> models = CompletableFuture.supplyAsync(NlpModels::load);
        ProjectConfig project = ruleOptions.projectConfig(cl);
        RuleSet ruleSet = ruleOptions.load(cl, project);
        List<InputFiles.Input> inputs = InputFiles.expand(all, recursive);
        Set<String> targetSources = null;
        if (!targets.isEmpty()) {
            Set<Path> wanted = new HashSet<>();
            for (InputFiles.Input t : InputFiles.expand(targets, recursive)) {
                wanted.add(t.path().toAbsolutePath().normalize());
            }
            targetSources = new HashSet<>();
            for (InputFiles.Input in : inputs) {
                if (wanted.contains(in.path().toAbsolutePath().normalize())) {
                    targetSources.add(in.source());
                }
            }
        }
        return new Prepared(ruleSet, inputs, targetSources, models, project);
    }

    /**
     * Checks the prepared inputs; notes and failures go to {@code err}, one line each. With
     * {@code progress} a progress bar is drawn on {@code err} while articles are read (and erased
     * before anything else is printed).
     */
    Run run(Prepared p, Checker.Hooks hooks, PrintWriter err, boolean progress) {
        Progress bar = progress ? new Progress(hooks, err) : null;
        CheckResult result;
        try {
            result = new Checker(p.rules(), join(p.models()), threads, bar != null ? bar : hooks, maxFileSize)
                    .check(p.inputs());
        } finally {
            if (bar != null) {
                bar.done();
            }
        }
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
        return new Run(p.rules(), p.inputs(), p.targetSources(), result);
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
