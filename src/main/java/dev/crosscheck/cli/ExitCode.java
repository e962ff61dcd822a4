package dev.crosscheck.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** crosscheck's exit codes; the code and the {@code --help} text both read them from here. */
public enum ExitCode {
    /** every input and rule was checked (findings or not) */
    OK(0, "the check ran: every input and rule was checked (findings or not)"),
    /** reserved for a later --fail-on option; not returned yet */
    FINDINGS(1, "reserved for findings at or above a --fail-on severity (not used yet)"),
    /** the command line, an input path or a rule file cannot be used; nothing was written */
    USAGE(2, "usage error, missing input, invalid rules or an output that cannot be written; no report"),
    /** some inputs or rules could not be checked; the report of the rest was written */
    PARTIAL(3, "some inputs or rules could not be checked (each named on stderr); the report of the rest "
            + "was written"),
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
