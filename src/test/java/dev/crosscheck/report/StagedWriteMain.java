package dev.crosscheck.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Test support, run in a forked JVM: stages a report for {@code args[0]} as a run does, writes part
 * of it, says "staged" on stdout and waits to be killed before committing.
 */
public final class StagedWriteMain {

    private StagedWriteMain() {
    }

    public static void main(String[] args) throws Exception {
        StagedFile staged = CsvReportWriter.stage(Path.of(args[0]), List.of(), CsvReportWriter.Options.defaults());
        Files.writeString(staged.temp(), "half a report");
        System.out.println("staged " + staged.temp());
        System.out.flush();
        Thread.sleep(120_000);
        staged.commit();
    }
}
