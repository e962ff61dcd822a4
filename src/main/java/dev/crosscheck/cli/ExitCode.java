package dev.crosscheck.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** crosscheck's exit codes; the code and the {@code --help} text both read them from here. */
public enum ExitCode {
    /** everything was checked and no reported finding is at or above --fail-on */
    OK(0, "everything was checked and no finding at or above --fail-on remains (after --target and "
            + "--baseline)"),
    /** findings at or above --fail-on remain */
    FINDINGS(1, "findings at or above --fail-on (default error) remain after --target and --baseline; "
            + "the report was written"),
    /** the command line, an input path or a rule file cannot be used; nothing was written */
    USAGE(2, "usage error, missing input, invalid rules or an output that cannot be written; no report"),
    /** some inputs or rules could not be checked; the report of the rest was written */
    PARTIAL(3, "some inputs or rules could not be checked (each named on stderr); the report of the rest "
            + "was written. Wins over 1: the check is incomplete, whatever it found"),
    /** a bug or the JVM out of memory */
    INTERNAL(70, "internal error or out of memory");

    private final int code;
    private final String description;

    ExitCode(int code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The process exit status. */
    public int code() {
        return code;
    }

    /** One line for the help text. */
    public String description() {
        return description;
    }

    /** Code → description, in order, as picocli's exit-code list wants it. */
    static Map<String, String> helpList() {
        Map<String, String> out = new LinkedHashMap<>();
        for (ExitCode e : values()) {
            out.put(String.format("%3d", e.code), e.description);
        }
        return out;
    }
}
