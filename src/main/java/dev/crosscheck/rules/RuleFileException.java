package dev.crosscheck.rules;

import java.util.Objects;

/**
 * A problem in a rule file, located by file label and 1-based line ({@code 0} when the line is unknown).
 * The message reads {@code file:line: detail}, or {@code file: detail} without a line.
 */
public final class RuleFileException extends RuntimeException {

    private final String file;
    private final int line;
    private final String detail;

    /**
     * @param file    label of the rule file, as shown to the user
     * @param line    1-based line of the problem, or {@code 0} (or less) when unknown
     * @param message the problem, without location
     */
    public RuleFileException(String file, int line, String message) {
        super(format(file, line, message));
        this.file = Objects.requireNonNull(file, "file");
        this.line = Math.max(line, 0);
        this.detail = Objects.requireNonNull(message, "message");
    }

    private static String format(String file, int line, String message) {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    /** Label of the rule file. */
    public String file() {
        return file;
    }

    /** 1-based line of the problem, or {@code 0} when unknown. */
    public int line() {
        return line;
    }

    /** The problem without its location. */
    public String detail() {
        return detail;
    }
}
