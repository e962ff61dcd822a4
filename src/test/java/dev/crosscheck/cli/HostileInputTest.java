package dev.crosscheck.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile rule files, oversize and unreadable inputs, and unusable paths through the command line. */
class HostileInputTest {

    @TempDir
    Path tmp;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** A copy of the project's rules under {@code tmp/rules}. */
    private Path rulesCopy() throws IOException {
        Path src = Path.of("rules");
        Path dst = tmp.resolve("rules");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = dst.resolve(src.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return dst;
    }

    @Test
    void aCatastrophicBoilerplatePatternCostsTheArticleItHangsOnAndNamesFilePatternAndArticle() throws IOException {
        Path rules = rulesCopy();
        Path boilerplate = rules.resolve("lexicon/boilerplate.yaml");
        String yaml = Files.readString(boilerplate).replace("patterns:\n",
                "patterns:\n  - name: hostile\n    scope: line\n    regex: '(.*a){20}$'\n");
        Files.writeString(boilerplate, yaml);
        Path hostile = write("a.txt", "Ivo Rask met Lee Wu on Monday.\n" + "a".repeat(29) + "b\n");
        Path fine = write("b.txt", "Ivo Rask met Lee Wu on Monday.\n");
        CliRun r = run("check", "--rules", rules.toString(), hostile.toString(), fine.toString(),
                "-o", tmp.resolve("r.csv").toString());
        assertEquals(3, r.exit(), r.err());
        assertEquals("crosscheck: " + hostile + ": rule pattern '(.*a){20}$' (" + rules
                + "/lexicon/boilerplate.yaml:13) ran longer than 1 s on a 62-character text and was stopped; "
                + "simplify it (a nested repetition such as (.*a){20} backtracks exponentially)", r.err().strip());
        assertTrue(r.out().contains("Read 1 article"), r.out());
        assertTrue(Files.isRegularFile(tmp.resolve("r.csv")));
    }

    @Test
    void anArticleOverTheSizeLimitIsSkippedAndNamedAndTheOthersAreReported() throws IOException {
        Path big = write("big.txt", "Ivo Rask met Lee Wu on Monday. ".repeat(80));
        Path small = write("small.txt", "Ivo Rask met Lee Wu on Monday.\n");
        CliRun r = run("check", "--max-file-size", "1KB", big.toString(), small.toString(),
                "-o", tmp.resolve("r.csv").toString());
        assertEquals(3, r.exit(), r.err());
        assertEquals("crosscheck: " + big + ": skipped: larger than the limit of 1 KB (2.4 KB); raise it with "
                + "--max-file-size", r.err().strip());
        assertTrue(r.out().contains("Read 1 article"), r.out());
    }

    @Test
    void theDefaultSizeLimitIsSixteenMegabytesAndABadSizeIsAUsageError() throws IOException {
        Path small = write("small.txt", "Ivo Rask met Lee Wu on Monday.\n");
        assertEquals(16L << 20, new ByteSize().convert("16MB"));
        assertEquals(500L << 10, new ByteSize().convert("500 kb"));
        assertEquals(1234L, new ByteSize().convert("1234"));
        CliRun r = run("check", "--max-file-size", "lots", small.toString(), "-o", tmp.resolve("r.csv").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("'lots' is not a size (e.g. 16MB, 500KB, 1000000)"), r.err());
        assertTrue(run("check", "--help").out().contains("Default: 16MB"));
    }

    @Test
    void aSymlinkLoopAndABrokenLinkInAnInputFolderAreNamedAndTheRestIsReported() throws IOException {
        Path dir = tmp.resolve("in");
        write("in/a.txt", "Ivo Rask met Lee Wu on Monday.\n");
        Files.createSymbolicLink(dir.resolve("loop.txt"), Path.of("loop.txt"));
        Files.createSymbolicLink(dir.resolve("broken.txt"), Path.of("missing.txt"));
        Files.createSymbolicLink(dir.resolve("self"), Path.of("."));
        CliRun r = run("check", dir.toString(), "-o", tmp.resolve("r.csv").toString());
        assertEquals(3, r.exit(), r.err());
        assertEquals("crosscheck: " + dir.resolve("broken.txt") + ": broken symbolic link (its target does not exist)"
                + System.lineSeparator() + "crosscheck: " + dir.resolve("loop.txt")
                + ": symbolic link loop (too many levels of symbolic links)", r.err().strip());
        assertTrue(r.out().contains("Read 1 article"), r.out());
    }

    @Test
    void aSymlinkLoopGivenAsAPathIsAUsageErrorNamingIt() throws IOException {
        Path loop = Files.createSymbolicLink(tmp.resolve("loop.txt"), Path.of("loop.txt"));
        CliRun r = run("check", loop.toString(), "-o", tmp.resolve("r.csv").toString());
        assertEquals(2, r.exit());
        assertEquals("crosscheck: " + loop + ": symbolic link loop (too many levels of symbolic links)",
                r.err().strip());
    }

    @Test
    void anUnreadableArticleIsNamedAndTheOthersAreReported() throws IOException {
        Path locked = write("locked.txt", "Ivo Rask met Lee Wu on Monday.\n");
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        // root reads any file: then use a file even root cannot read (write-only in sysfs)
        Path unreadable = Files.isReadable(locked) ? Path.of("/sys/bus/pci/rescan") : locked;
        Assumptions.assumeTrue(Files.exists(unreadable) && !canRead(unreadable), "no unreadable file available");
        Path fine = write("fine.txt", "Ivo Rask met Lee Wu on Monday.\n");
        CliRun r = run("check", unreadable.toString(), fine.toString(), "-o", tmp.resolve("r.csv").toString());
        assertEquals(3, r.exit(), r.err());
        assertEquals("crosscheck: " + unreadable + ": permission denied", r.err().strip());
        assertTrue(r.out().contains("Read 1 article"), r.out());
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsNamedWithTheCauseBeforeAnythingIsRead() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("ro"));
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        // root writes anywhere: then use sysfs, which refuses new files even to root
        Path folder = canCreateIn(dir) ? Path.of("/sys") : dir;
        Assumptions.assumeFalse(canCreateIn(folder), "no unwritable folder available");
        Path article = write("a.txt", "Ivo Rask met Lee Wu on Monday.\n");
        Path report = folder.resolve("r.csv");
        CliRun r = run("check", article.toString(), "-o", report.toString());
        assertEquals(2, r.exit());
        assertEquals("crosscheck: cannot write report " + report + ": permission denied (folder " + folder
                + " is not writable)", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void everyFormatOutputTheClaimsFileAndTheBaselineAreProbedBeforeAnythingIsRead() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("ro"));
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        Path folder = canCreateIn(dir) ? Path.of("/sys") : dir;
        Assumptions.assumeFalse(canCreateIn(folder), "no unwritable folder available");
        Path article = write("a.txt", "Ivo Rask met Lee Wu on Monday.\n");
        Path ok = tmp.resolve("ok.csv");
        String denied = ": permission denied (folder " + folder + " is not writable)";

        Path sarif = folder.resolve("r.sarif");
        CliRun r = run("check", article.toString(), "-o", ok.toString(), "--format", "csv",
                "--format", "sarif=" + sarif);
        assertEquals(2, r.exit(), r.err());
        assertEquals("crosscheck: cannot write sarif report " + sarif + denied, r.err().strip());

        Path json = folder.resolve("r.json");
        r = run("check", article.toString(), "--format", "json=" + json, "--format", "text");
        assertEquals(2, r.exit(), r.err());
        assertEquals("crosscheck: cannot write report " + json + denied, r.err().strip());

        Path claims = folder.resolve("claims.tsv");
        r = run("check", article.toString(), "-o", ok.toString(), "--claims", claims.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals("crosscheck: cannot write claims file " + claims + denied, r.err().strip());

        Path baseline = folder.resolve("baseline.csv");
        r = run("baseline", "create", article.toString(), "-o", baseline.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals("crosscheck: cannot write baseline " + baseline + denied, r.err().strip());
        assertEquals("", r.out());
        assertTrue(Files.notExists(ok), "no output is written when one cannot be");
    }

    @Test
    void baselineCreateSkipsAnArticleOverTheSizeLimitAsCheckDoes() throws IOException {
        Path big = write("big.txt", "Ivo Rask met Lee Wu on Monday. ".repeat(80));
        Path small = write("small.txt", "Ivo Rask met Lee Wu on Monday.\n");
        Path baseline = tmp.resolve("baseline.csv");
        CliRun r = run("baseline", "create", "--max-file-size", "1KB", big.toString(), small.toString(),
                "-o", baseline.toString());
        assertEquals(3, r.exit(), r.err());
        assertEquals("crosscheck: " + big + ": skipped: larger than the limit of 1 KB (2.4 KB); raise it with "
                + "--max-file-size", r.err().strip());
        assertTrue(r.out().contains("Read 1 article"), r.out());
        assertTrue(Files.isRegularFile(baseline));
    }

    private static boolean canRead(Path p) {
        try (var in = Files.newInputStream(p)) {
            in.read();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean canCreateIn(Path dir) {
        try {
            Files.delete(Files.createTempFile(dir, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
