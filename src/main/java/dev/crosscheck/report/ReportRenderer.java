package dev.crosscheck.report;

import java.io.IOException;
import java.io.OutputStream;

/** Renders a {@link Report} in one format; one implementation per format. */
public interface ReportRenderer {

    /**
     * Writes the whole report to {@code out} (not closed).
     *
     * @param toFile whether {@code out} is a file (the CSV byte-order mark goes to files only)
     */
    void render(Report report, OutputStream out, boolean toFile) throws IOException;
}
