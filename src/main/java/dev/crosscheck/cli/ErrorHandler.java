package dev.crosscheck.cli;

import dev.crosscheck.load.InputException;
import dev.crosscheck.rules.RuleFileException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Turns exceptions into one line on stderr and an exit code; never a stack trace for user errors. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    static final int USER_ERROR = 2;
    static final int INTERNAL_ERROR = 70;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        var err = cl.getErr();
        if (ex instanceof InputException || ex instanceof RuleFileException) {
            err.println("crosscheck: " + ex.getMessage());
            return USER_ERROR;
        }
        if (ex instanceof ReportException re) {
            err.println("crosscheck: cannot write report " + re.getMessage());
            return USER_ERROR;
        }
        if (ex instanceof UncheckedIOException || ex instanceof IOException) {
            err.println("crosscheck: " + ex.getMessage());
            return USER_ERROR;
        }
        err.println("crosscheck: internal error: " + ex);
        if (System.getenv("CROSSCHECK_DEBUG") != null) {
            ex.printStackTrace(err);
        } else {
            err.println("crosscheck: set CROSSCHECK_DEBUG=1 for the stack trace");
        }
        return INTERNAL_ERROR;
    }
}
