package dev.crosscheck.cli;

import dev.crosscheck.load.InputFiles;
import dev.crosscheck.report.StagedFile;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Checks the outputs before anything is read, so a run never replaces what it must not: an
 * input article, the other output, a directory, or a device node, FIFO or socket (these are
 * refused, exit 2, one line).
 */
final class OutputPaths {

    private OutputPaths() {
    }

    /**
     * @param reports the report files (label, path), the -o one first
     * @param claims  the claims path, or null
     * @param inputs  the articles to read
     * @param keep    other files the run reads and must not replace (the baseline), or empty
     * @throws ReportException naming the output and why it is refused
     */
    static void check(List<Map.Entry<String, Path>> reports, Path claims, List<InputFiles.Input> inputs,
                      List<Path> keep) {
        for (Map.Entry<String, Path> r : reports) {
            check(r.getKey(), r.getValue(), inputs, keep);
        }
        if (claims != null) {
            check("claims file", claims, inputs, keep);
            for (Map.Entry<String, Path> r : reports) {
                if (same(r.getValue(), claims)) {
                    throw new ReportException("claims file " + claims + ": it is also the " + r.getKey()
                            + (r == reports.get(0) ? " (-o)" : "") + "; give two different files", null);
                }
            }
        }
    }

    /** As above for one report. */
    static void check(Path report, Path claims, List<InputFiles.Input> inputs) {
        check(List.of(Map.entry("report", report)), claims, inputs, List.of());
    }

    private static void check(String what, Path out, List<InputFiles.Input> inputs, List<Path> keep) {
        for (Path k : keep) {
            if (same(out, k)) {
                throw new ReportException(what + " " + out + ": is the baseline the check reads; refusing to "
                        + "overwrite it", null);
            }
        }
        if (Files.isDirectory(out)) {
            throw new ReportException(what + " " + out + ": is a directory; give a file name", null);
        }
        if (Files.exists(out) && !Files.isRegularFile(out)) {
            throw new ReportException(what + " " + out + ": is not a regular file (a device, FIFO or socket); "
                    + "refusing to replace it", null);
        }
        for (InputFiles.Input in : inputs) {
            if (same(out, in.path())) {
                throw new ReportException(what + " " + out + ": is the input article " + in.source()
                        + "; refusing to overwrite it", null);
            }
        }
        probe(what, out);
    }

    /**
     * Creates and deletes a temporary file beside {@code out} (creating missing folders), so an
     * output folder that cannot be written is named before any article is read.
     */
    private static void probe(String what, Path out) {
        try {
            StagedFile.create(out, ".probe.tmp").close();
        } catch (IOException e) {
            Path dir = out.toAbsolutePath().getParent();
            String cause = describe(e);
            if (e instanceof AccessDeniedException && !cause.contains(": ")) {
                cause += " (folder " + (out.getParent() != null ? out.getParent() : dir) + " is not writable)";
            }
            throw new ReportException(what + " " + out + ": " + cause, e);
        }
    }

    /** The same file: by identity when both exist (links included), else by normalised absolute path. */
    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall back to comparing the paths
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /**
     * A write error in words, naming the path it concerns (the folder, when it is the folder)
     * and never the temporary file.
     */
    static String describe(IOException e) {
        String what;
        if (e instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            what = "no such file or folder";
        } else if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            what = "exists and is not a folder";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            what = fs.getReason();
        } else if (e.getMessage() != null) {
            what = e.getMessage();
        } else {
            what = e.getClass().getSimpleName();
        }
        if (e instanceof FileSystemException fs && fs.getFile() != null
                && !StagedFile.isTemporary(Path.of(fs.getFile()))) {
            what = fs.getFile() + ": " + what;
        }
        return what;
    }
}
