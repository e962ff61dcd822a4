package dev.crosscheck.pipeline;

import dev.crosscheck.load.InputException;
import dev.crosscheck.text.RegexTimeoutException;

/**
 * An input or a rule that could not be checked; the rest of the run goes on without it.
 *
 * @param kind   what could not be checked
 * @param name   the input's name as given (its source), or the rule's id
 * @param reason one line saying why
 * @param cause  what was thrown, for a debug stack trace
 */
public record Failure(Kind kind, String name, String reason, Throwable cause) {

    /** What could not be checked. */
    public enum Kind {
        /** an input file that is not text (binary content); skipped */
        SKIPPED_INPUT,
        /** an article that could not be read, annotated or extracted */
        ARTICLE,
        /** a rule whose comparison failed */
        RULE
    }

    /** The failure of reading or processing input {@code source}. */
    static Failure ofArticle(String source, Throwable error) {
        if (error instanceof InputException ie) {
            return new Failure(ie.isNotText() ? Kind.SKIPPED_INPUT : Kind.ARTICLE, source, ie.reason(), error);
        }
        if (error instanceof RegexTimeoutException rt) {
            return new Failure(Kind.ARTICLE, source, "rule " + rt.getMessage(), error);
        }
        return new Failure(Kind.ARTICLE, source, describe(error), error);
    }

    /** The failure of rule {@code ruleId}'s comparison. */
    static Failure ofRule(String ruleId, Throwable error) {
        if (error instanceof RegexTimeoutException rt) {
            return new Failure(Kind.RULE, ruleId, rt.getMessage(), error);
        }
        return new Failure(Kind.RULE, ruleId, describe(error), error);
    }

    /** {@code FILE: reason} or {@code rule ID: reason}. */
    public String line() {
        return (kind == Kind.RULE ? "rule " + name : name) + ": " + reason;
    }

    /** An unexpected error in one line: the exception, its message and where it was thrown. */
    static String describe(Throwable error) {
        String what = error instanceof StackOverflowError ? "stack overflow" : error.toString();
        StackTraceElement[] trace = error.getStackTrace();
        String where = "";
        if (trace.length > 0) {
            StackTraceElement top = trace[0];
            String cls = top.getClassName().substring(top.getClassName().lastIndexOf('.') + 1);
            where = " (at " + cls + "." + top.getMethodName()
                    + (top.getLineNumber() > 0 ? ":" + top.getLineNumber() : "") + ")";
        }
        return ("internal error: " + what + where).replaceAll("[\\r\\n\\t]+", " ");
    }
}
