package dev.crosscheck.cli;

import dev.crosscheck.report.ReportFormat;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each report format goes. {@code --format F=PATH} names its own output ({@code -} is standard
 * output). At most one format may be given without a path: it goes to {@code -o} (or the default
 * report path with the format's extension; {@code github} and {@code text} to standard output when
 * there is no {@code -o}); when every format has a path, CSV is that one, as without {@code --format}.
 */
final class OutputPlan {

    /**
     * One output.
     *
     * @param format the format
     * @param path   the file, or null for standard output
     */
    record Output(ReportFormat format, Path path) {
        boolean stdout() {
            return path == null;
        }

        String describe() {
            return (stdout() ? "standard output" : path.toString());
        }
    }

    private OutputPlan() {
    }

    /**
     * @param specs       the --format values in order
     * @param output      the -o value, or null
     * @param defaultBase the default report path without extension (reports/seeds)
     */
    static List<Output> plan(CommandLine cl, List<String> specs, String output, String defaultBase) {
        List<Output> out = new ArrayList<>();
        ReportFormat primary = null;
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            String label = eq < 0 ? spec : spec.substring(0, eq);
            ReportFormat f = ReportFormat.fromLabel(label.strip()).orElseThrow(() -> new CommandLine.ParameterException(
                    cl, "unknown --format '" + label + "' (expected one of: " + ReportFormat.labels() + ")"));
            if (eq < 0) {
                if (primary != null) {
                    throw new CommandLine.ParameterException(cl, "--format " + primary.label() + " and --format "
                            + f.label() + " would both go to the report file; give one a path "
                            + "(--format " + f.label() + "=FILE, or =- for standard output)");
                }
                primary = f;
                out.add(null); // placeholder, keeps the order given
                continue;
            }
            String path = spec.substring(eq + 1);
            if (path.isEmpty()) {
                throw new CommandLine.ParameterException(cl, "--format " + spec + ": no file after '='");
            }
            out.add(new Output(f, path.equals("-") ? null : Path.of(path)));
        }
        Output main;
        if (primary == null) {
            primary = ReportFormat.CSV;
            main = destination(primary, output, defaultBase);
            out.add(0, main);
        } else {
            main = destination(primary, output, defaultBase);
            out.set(out.indexOf(null), main);
        }
        check(cl, out);
        return List.copyOf(out);
    }

    private static Output destination(ReportFormat f, String output, String defaultBase) {
        if (output != null) {
            return new Output(f, output.equals("-") ? null : Path.of(output));
        }
        if (f.stdoutByDefault()) {
            return new Output(f, null);
        }
        return new Output(f, Path.of(defaultBase + "." + f.extension()));
    }

    private static void check(CommandLine cl, List<Output> out) {
        for (int i = 0; i < out.size(); i++) {
            for (int k = 0; k < i; k++) {
                Output a = out.get(k);
                Output b = out.get(i);
                boolean clash = a.stdout() && b.stdout() || !a.stdout() && !b.stdout()
                        && a.path().toAbsolutePath().normalize().equals(b.path().toAbsolutePath().normalize());
                if (clash) {
                    throw new CommandLine.ParameterException(cl, "the " + a.format().label() + " and the "
                            + b.format().label() + " report would both be written to " + a.describe()
                            + "; give each its own output");
                }
            }
        }
    }
}
