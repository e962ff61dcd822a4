package dev.crosscheck.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Follows the tutorial at the top of rules/README.md literally: writes every file it shows
 * ({@code <!-- tutorial-file: PATH -->} before a code block) into an empty folder, runs every
 * {@code $ crosscheck ...} command of its command blocks with the packaged jar in that folder,
 * and checks that each line the tutorial shows under a command is in that command's output.
 */
class RulesTutorialIT {

    private static final Path JAR = Path.of("target", "crosscheck.jar").toAbsolutePath();
    private static final Path README = Path.of("rules", "README.md");
    private static final Pattern FILE = Pattern.compile("<!-- tutorial-file: (\\S+) -->\\n```\\w*\\n(.*?)```",
            Pattern.DOTALL);
    private static final Pattern COMMANDS = Pattern.compile("<!-- tutorial-commands -->\\n```sh\\n(.*?)```",
            Pattern.DOTALL);

    @TempDir
    Path dir;

    private record Step(List<String> args, List<String> shown) {
    }

    private record Run(int exit, String out) {
    }

    @BeforeAll
    static void jarIsBuilt() {
        assumeTrue(Files.isRegularFile(JAR), "run through mvn verify: needs target/crosscheck.jar");
    }

    private String tutorial() throws IOException {
        String text = Files.readString(README, StandardCharsets.UTF_8);
        int end = text.indexOf("\n## ", text.indexOf("## Five minutes"));
        return text.substring(text.indexOf("## Five minutes"), end);
    }

    private void writeFiles(String tutorial) throws IOException {
        Matcher m = FILE.matcher(tutorial);
        int files = 0;
        while (m.find()) {
            Path p = dir.resolve(m.group(1));
            Files.createDirectories(p.getParent());
            Files.writeString(p, m.group(2), StandardCharsets.UTF_8);
            files++;
        }
        assertEquals(3, files, "the tutorial shows a rule file and two articles");
    }

    private static List<Step> steps(String tutorial) {
        List<Step> steps = new ArrayList<>();
        Matcher m = COMMANDS.matcher(tutorial);
        while (m.find()) {
            for (String line : m.group(1).split("\n")) {
                if (line.startsWith("$ crosscheck ")) {
                    steps.add(new Step(Arrays.asList(line.substring("$ crosscheck ".length()).split(" ")),
                            new ArrayList<>()));
                } else if (!line.isBlank()) {
                    steps.get(steps.size() - 1).shown().add(line);
                }
            }
        }
        return steps;
    }

    private Run run(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
        command.addAll(args);
        Path out = Files.createTempFile("tutorial", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "crosscheck did not finish");
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.delete(out);
        }
    }

    @Test
    void everyCommandOfTheTutorialPrintsWhatTheTutorialShows() throws Exception {
        String tutorial = tutorial();
        writeFiles(tutorial);
        List<Step> steps = steps(tutorial);
        assertEquals(4, steps.size(), "validate, test, list and check");
        for (Step step : steps) {
            Run r = run(step.args());
            assertTrue(r.exit() == 0, String.join(" ", step.args()) + " exited " + r.exit() + ":\n" + r.out());
            assertFalse(step.shown().isEmpty(), "the tutorial shows what " + step.args() + " prints");
            for (String line : step.shown()) {
                assertTrue(r.out().lines().anyMatch(line::equals), "not printed by crosscheck "
                        + String.join(" ", step.args()) + ": " + line + "\n" + r.out());
            }
        }
    }

    @Test
    void withoutTheTutorialsFolderTheGeneralRuleReportsTheFigureAndWithItTheNewRuleDoes() throws Exception {
        writeFiles(tutorial());
        Run without = run(List.of("check", "news", "--format", "text", "-o", "-"));
        assertTrue(without.out().contains("error count-conflict:"), without.out());
        assertFalse(without.out().contains("evacuee-count-conflict"), without.out());
        Run with = run(List.of("check", "news", "--rules", "my-rules", "--format", "text", "-o", "-"));
        assertTrue(with.out().contains("warning evacuee-count-conflict:"), with.out());
        assertFalse(Pattern.compile("(error|warning|info) count-conflict:").matcher(with.out()).find(),
                "the general rule repeats the new rule's finding:\n" + with.out());
    }
}
