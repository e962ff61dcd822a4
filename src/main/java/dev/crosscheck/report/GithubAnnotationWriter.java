package dev.crosscheck.report;

import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code --format github}: one GitHub Actions workflow command per finding,
 * {@code ::error file=F,line=N,title=RULE::MESSAGE} ({@code warning}, and {@code notice} for
 * info), which the runner shows as an annotation on the first claim's line. Escaped as the
 * runner's toolkit escapes them: in the message {@code %}, CR and LF become {@code %25},
 * {@code %0D}, {@code %0A}; in properties also {@code :} and {@code ,} ({@code %3A}, {@code %2C}).
 */
public final class GithubAnnotationWriter implements ReportRenderer {

    @Override
    public void render(Report report, OutputStream out, boolean toFile) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()));
        for (Finding f : report.findings()) {
            w.write(command(f));
            w.write('\n');
        }
        w.flush();
    }

    /** The workflow command for one finding, without the line end. */
    static String command(Finding f) {
        String message = f.message() + " (" + f.b().source() + ":" + f.b().line() + "; id " + f.id() + ")";
        return "::" + level(f.severity()) + " file=" + property(f.a().source()) + ",line=" + f.a().line()
                + ",title=" + property(f.rule() + ": " + f.subject()) + "::" + data(message);
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** Escapes a command's message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
