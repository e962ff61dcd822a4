package dev.crosscheck.report;

import dev.crosscheck.finding.Finding;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code --format text}: one line per finding, {@code file:line: severity rule: message}, as
 * compilers and editors print them (the file and line of the first claim; the message names the
 * other). UTF-8, LF line ends; line breaks inside a message become spaces.
 */
public final class TextReportWriter implements ReportRenderer {

    @Override
    public void render(Report report, OutputStream out, boolean toFile) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()));
        for (Finding f : report.findings()) {
            w.write(line(f));
            w.write('\n');
        }
        w.flush();
    }

    /** One finding's line, without the line end. */
    static String line(Finding f) {
        return flat(f.a().source()) + ":" + f.a().line() + ": " + f.severity().label() + " " + f.rule() + ": "
                + flat(f.message());
    }

    private static String flat(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ");
    }
}
