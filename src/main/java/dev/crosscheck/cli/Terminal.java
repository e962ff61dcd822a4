package dev.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the process writes to: colours only on a terminal with {@code NO_COLOR} unset (and a
 * terminal that is not "dumb"); a progress bar only when stderr is an interactive terminal and
 * {@code CI} is unset.
 *
 * @param colour   colour the summary on stdout
 * @param progress draw a progress bar on stderr
 */
record Terminal(boolean colour, boolean progress) {

    /** Neither colour nor progress: what tests and redirected runs get. */
    static final Terminal PLAIN = new Terminal(false, false);

    static Terminal detect() {
        return detect(System.getenv(), isTerminal(1), isTerminal(2));
    }

    static Terminal detect(Map<String, String> env, boolean stdoutTty, boolean stderrTty) {
        boolean dumb = "dumb".equals(env.get("TERM"));
        boolean colour = stdoutTty && !dumb && env.get("NO_COLOR") == null;
        boolean progress = stderrTty && !dumb && env.get("CI") == null;
        return new Terminal(colour, progress);
    }

    /**
     * True when file descriptor {@code fd} is a terminal: on Linux read from {@code /proc}; elsewhere
     * the JVM's console (stdin and stdout both interactive).
     */
    private static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            if (Files.isSymbolicLink(link)) {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // fall through to the console
        }
        return System.console() != null;
    }
}
