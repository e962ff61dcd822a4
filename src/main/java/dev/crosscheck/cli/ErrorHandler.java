package dev.crosscheck.cli;

import dev.crosscheck.load.InputException;
import dev.crosscheck.pipeline.OutOfMemoryException;
import dev.crosscheck.report.Baseline;
import dev.crosscheck.rules.RuleFileException;
import dev.crosscheck.text.RegexTimeoutException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns exceptions into one line on stderr and an exit code; never a stack trace for user errors. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    /** How to give the JVM more memory, for the out-of-memory message. */
    static final String MORE_MEMORY = "raise the memory cap, e.g. CROSSCHECK_JAVA_OPTS=-Xmx4g bin/crosscheck check ...";

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        var err = cl.getErr();
        Throwable cause = unwrap(ex);
        if (cause instanceof InputException || cause instanceof RuleFileException) {
            err.println("crosscheck: " + cause.getMessage());
            return ExitCode.USAGE.code();
        }
        if (cause instanceof RegexTimeoutException) {
            // outside one article (name resolution over all of them): the rule file must be fixed
            err.println("crosscheck: rule " + cause.getMessage());
            return ExitCode.USAGE.code();
        }
        if (cause instanceof Baseline.BaselineException) {
            err.println("crosscheck: baseline " + cause.getMessage());
            return ExitCode.USAGE.code();
        }
        if (cause instanceof ReportException re) {
            err.println("crosscheck: cannot write " + re.getMessage());
            return ExitCode.USAGE.code();
        }
        if (cause instanceof UncheckedIOException || cause instanceof IOException) {
            err.println("crosscheck: " + cause.getMessage());
            return ExitCode.USAGE.code();
        }
        if (cause instanceof OutOfMemoryException || cause instanceof OutOfMemoryError) {
            return outOfMemory(err, cause);
        }
        err.println("crosscheck: internal error: " + cause);
        if (debug()) {
            cause.printStackTrace(err);
        } else {
            err.println("crosscheck: set CROSSCHECK_DEBUG=1 for the stack trace");
        }
        return ExitCode.INTERNAL.code();
    }

    /** One line naming the article when known and how to raise the memory; exit 70. */
    static int outOfMemory(PrintWriter err, Throwable error) {
        String what = error instanceof OutOfMemoryException oom && oom.article().isPresent()
                ? "out of memory while checking " + oom.article().get() : "out of memory";
        err.println("crosscheck: " + what + "; " + MORE_MEMORY);
        err.flush();
        return ExitCode.INTERNAL.code();
    }

    static boolean debug() {
        return System.getenv("CROSSCHECK_DEBUG") != null;
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
