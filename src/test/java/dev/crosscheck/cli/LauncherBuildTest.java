package dev.crosscheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When {@code bin/crosscheck} builds, with stand-ins for {@code mvn} and {@code java} on the PATH
 * and a copy of the launcher in an invented tree: the build's terminal escape codes never reach
 * the console, a changed source rebuilds, a changed rule does not (rules are read at run time
 * from the tree, which the launcher passes to the jar).
 */
class LauncherBuildTest {

    @TempDir
    Path tree;

    private Path fakeBin;

    private String launch() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", tree.resolve("bin/crosscheck").toString(), "--version")
                .redirectErrorStream(true);
        // a clean environment, as a new shell would have
        pb.environment().clear();
        pb.environment().put("PATH", fakeBin + ":/usr/bin:/bin");
        pb.environment().put("HOME", tree.toString());
        pb.environment().put("TERM", "xterm-256color");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "launcher did not finish");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void theBuildPrintsNoEscapeCodesAndRulesChangesDoNotRebuild() throws Exception {
        Files.createDirectories(tree.resolve("bin"));
        Files.copy(Path.of("bin/crosscheck"), tree.resolve("bin/crosscheck"));
        Files.createDirectories(tree.resolve("src/main"));
        Files.writeString(tree.resolve("src/main/A.java"), "class A {}\n");
        Files.createDirectories(tree.resolve("rules/lexicon"));
        Files.writeString(tree.resolve("rules/a.yaml"), "id: a\n");
        Files.writeString(tree.resolve("pom.xml"), "<project/>\n");
        fakeBin = Files.createDirectories(tree.resolve("fake-bin"));
        // Debian's mvn: colour resets even in batch mode with colours off
        script(fakeBin.resolve("mvn"), "printf '\\033[0m\\033[0m'; printf 'built\\033[1m!\\033[m\\n' >&2\n"
                + "mkdir -p target && echo jar > target/crosscheck.jar && echo build >> \"$HOME/builds\"\n");
        script(fakeBin.resolve("java"), "echo \"java $*\"\n");

        String first = launch();
        assertFalse(first.contains("\u001b"), "escape codes reached the console: " + first);
        assertTrue(first.contains("built!"), first);
        assertTrue(first.contains("-Dcrosscheck.rules=" + tree.resolve("rules")), first);
        assertEquals(List.of("build"), Files.readAllLines(tree.resolve("builds")));

        Path jar = tree.resolve("target/crosscheck.jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        for (String older : List.of("src/main/A.java", "src/main", "pom.xml")) {
            Files.setLastModifiedTime(tree.resolve(older), FileTime.from(Instant.now().minusSeconds(120)));
        }
        Files.writeString(tree.resolve("rules/a.yaml"), "id: a\nseverity: error\n");
        launch();
        assertEquals(1, Files.readAllLines(tree.resolve("builds")).size(), "a rule change must not rebuild");

        Files.writeString(tree.resolve("src/main/A.java"), "class A { }\n");
        launch();
        assertEquals(2, Files.readAllLines(tree.resolve("builds")).size(), "a source change rebuilds");
    }

    @Test
    void aTrainingRunArchivesTheClassesOnceAndLaterRunsMapTheArchive() throws Exception {
        Files.createDirectories(tree.resolve("bin"));
        Files.copy(Path.of("bin/crosscheck"), tree.resolve("bin/crosscheck"));
        Files.createDirectories(tree.resolve("src/main"));
        Files.createDirectories(tree.resolve("seeds"));
        Files.createDirectories(tree.resolve("rules"));
        Files.writeString(tree.resolve("pom.xml"), "<project/>\n");
        fakeBin = Files.createDirectories(tree.resolve("fake-bin"));
        script(fakeBin.resolve("mvn"), "mkdir -p target && echo jar > target/crosscheck.jar\n");
        // a JVM that writes the archive it is asked for, and says what it ran with
        script(fakeBin.resolve("java"), "for a in \"$@\"; do case \"$a\" in -XX:ArchiveClassesAtExit=*) "
                + "echo archive > \"${a#*=}\"; echo training >> \"$HOME/trainings\";; esac; done; echo \"java $*\"\n");

        String first = launch();
        assertFalse(first.contains("ArchiveClassesAtExit"), "the training run's output reached the console: " + first);
        assertTrue(first.contains("-XX:SharedArchiveFile=" + tree.resolve("target/crosscheck.jsa")), first);
        String second = launch();
        assertTrue(second.contains("-XX:SharedArchiveFile="), second);
        assertEquals(1, Files.readAllLines(tree.resolve("trainings")).size(), "the archive is made once per jar");

        Files.setLastModifiedTime(tree.resolve("target/crosscheck.jsa"), FileTime.from(Instant.now().minusSeconds(60)));
        launch();
        assertEquals(2, Files.readAllLines(tree.resolve("trainings")).size(), "a newer jar gets a new archive");
    }
}
