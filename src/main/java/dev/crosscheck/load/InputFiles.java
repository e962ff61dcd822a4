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

    /** How an input's text is read, by its name's extension (any case). */
    public enum Format {
        TEXT, MARKDOWN, HTML;

        /** {@code .md}/{@code .markdown} are Markdown, {@code .html}/{@code .htm} HTML, anything else text. */
        public static Format of(Path file) {
            Path name = file.getFileName();
            String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".md") || n.endsWith(".markdown")) {
                return MARKDOWN;
            }
            if (n.endsWith(".html") || n.endsWith(".htm")) {
                return HTML;
            }
            return TEXT;
        }
    }

    private InputFiles() {
    }

    /** As {@link #expand(List, boolean)}, folders read one level deep. */
    public static List<Input> expand(List<String> args) {
        return expand(args, false);
    }

    /**
     * Files stay as given; folders contribute every article file ({@code *.txt}, {@code *.md},
     * {@code *.markdown}, {@code *.html}, {@code *.htm}, any case) directly inside them, or with
     * {@code recursive} in any folder below them, sorted by path. A file named twice is read once.
     *
     * @throws InputException for a missing path or a folder without article files
     */
    public static List<Input> expand(List<String> args, boolean recursive) {
        Map<Path, Input> out = new LinkedHashMap<>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                List<Path> files = articleFiles(p, arg, recursive);
                if (files.isEmpty()) {
                    throw new InputException(arg, "folder has no article files (.txt, .md, .markdown, .html, .htm)"
                            + (recursive ? "" : " directly inside (-r reads its subfolders too)"));
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
     * True for the names a folder contributes: {@code *.txt}, {@code *.md}, {@code *.markdown},
     * {@code *.html}, {@code *.htm} in any case ({@code .TXT}, {@code .Md}). Reports ({@code .csv})
     * and claims files ({@code .tsv}) written into an input folder are therefore never read back
     * as articles; an HTML report is recognised by its content and skipped when read.
     */
    static boolean isArticleName(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".crosscheck-") && (n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".markdown")
                || n.endsWith(".html") || n.endsWith(".htm"));
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

    private static List<Path> articleFiles(Path dir, String arg, boolean recursive) {
        try (Stream<Path> s = recursive ? Files.walk(dir) : Files.list(dir)) {
            // an article link that leads nowhere (broken, or a loop) is kept: loading it names the problem
            return s.filter(f -> !f.equals(dir) && isArticleName(f) && (Files.isRegularFile(f)
                            || Files.isSymbolicLink(f) && !Files.exists(f)))
                    .sorted((a, b) -> dir.relativize(a).toString().compareTo(dir.relativize(b).toString()))
                    .toList();
        } catch (IOException e) {
            throw new InputException(arg, "cannot list folder: " + e.getMessage());
        }
    }
}
