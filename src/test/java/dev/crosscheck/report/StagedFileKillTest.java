package dev.crosscheck.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run killed while it writes, and two runs writing one report. */
class StagedFileKillTest {

    @TempDir
    Path tmp;

    @Test
    void aRunKilledWithSigtermMidWriteLeavesThePreviousReportAndNoTemporaryFile() throws Exception {
        Path report = tmp.resolve("report.csv");
        Files.writeString(report, "previous report");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StagedWriteMain.class.getName(), report.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("staged "), String.valueOf(line));
            Path temp = Path.of(line.substring("staged ".length()));
            assertTrue(Files.exists(temp), "the temporary file is there while the run writes");
            p.destroy(); // SIGTERM on POSIX
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the forked run ended");
        } finally {
            p.destroyForcibly();
        }
        assertEquals("previous report", Files.readString(report));
        assertEquals(List.of("report.csv"), names(tmp));
    }

    @Test
    void twoRunsWritingOneReportLeaveOneCompleteReportAndNoTemporaryFile() throws Exception {
        Path report = tmp.resolve("report.csv");
        List<Throwable> errors = new ArrayList<>();
        List<Thread> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            boolean bom = run == 0;
            Thread t = new Thread(() -> {
                try {
                    for (int i = 0; i < 50; i++) {
                        CsvReportWriter.write(report, List.of(), new CsvReportWriter.Options(bom));
                    }
                } catch (IOException | RuntimeException e) {
                    synchronized (errors) {
                        errors.add(e);
                    }
                }
            });
            runs.add(t);
            t.start();
        }
        for (Thread t : runs) {
            t.join();
        }
        assertEquals(List.of(), errors);
        byte[] bytes = Files.readAllBytes(report);
        String text = new String(bytes, StandardCharsets.UTF_8);
        String header = String.join(",", CsvReportWriter.COLUMNS) + "\r\n";
        assertTrue(text.equals(header) || text.equals("\uFEFF" + header), text);
        assertEquals(List.of("report.csv"), names(tmp));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
