package dev.crosscheck.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Expands command-line paths into the article files to read, in a deterministic order. */
public final class InputFiles {

    /**
     * A file to read and the name it goes by in reports.
     *
     * @param path   where to read it
     * @param source the path as derived from the command line
     */
    public record Input(Path path, String source) {
    }

    private InputFiles() {
    }

    /**
     * Files stay as given; folders contribute every {@code *.txt} (any case) directly inside them,
     * sorted by name. A file named twice is read once.
     *
     * @throws InputException for a missing path or a folder without {@code .txt} files
     */
    public static List<Input> expand(List<String> args) {
        Map<Path, Input> out = new LinkedHashMap<>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                List<Path> files = txtFiles(p, arg);
                if (files.isEmpty()) {
                    throw new InputException(arg, "folder has no .txt files");
                }
                for (Path f : files) {
                    out.putIfAbsent(f.toAbsolutePath().normalize(), new Input(f, f.toString()));
                }
            } else if (Files.isRegularFile(p)) {
                out.putIfAbsent(p.toAbsolutePath().normalize(), new Input(p, arg));
            } else if (Files.exists(p)) {
                throw new InputException(arg, "not a regular file or folder");
            } else if (Files.isSymbolicLink(p)) {
                throw new InputException(arg, linkProblem(p));
            } else {
                throw new InputException(arg, "no such file or folder");
            }
        }
        return List.copyOf(new ArrayList<>(out.values()));
    }

    /**
     * True for the names a folder contributes: {@code *.txt} in any case ({@code .TXT}, {@code .Txt}).
     * Reports ({@code .csv}) and claims files ({@code .tsv}) written into an input folder are
     * therefore never read back as articles.
     */
    static boolean isArticleName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    /** Why a symbolic link cannot be followed: a loop, or a target that does not exist. */
    static String linkProblem(Path link) {
        try {
            link.toRealPath();
            return "cannot follow symbolic link";
        } catch (java.nio.file.FileSystemException e) {
            if (!(e instanceof java.nio.file.NoSuchFileException) && e.getReason() != null
                    && e.getReason().toLowerCase(Locale.ROOT).contains("symbolic link")) {
                return "symbolic link loop (too many levels of symbolic links)";
            }
            return "broken symbolic link (its target does not exist)";
        } catch (IOException e) {
            return "cannot follow symbolic link: " + e.getMessage();
        }
    }

    private static List<Path> txtFiles(Path dir, String arg) {
        try (Stream<Path> s = Files.list(dir)) {
            // a *.txt link that leads nowhere (broken, or a loop) is kept: loading it names the problem
            return s.filter(f -> isArticleName(f) && (Files.isRegularFile(f)
                            || Files.isSymbolicLink(f) && !Files.exists(f)))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new InputException(arg, "cannot list folder: " + e.getMessage());
        }
    }
}
