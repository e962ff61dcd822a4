package dev.crosscheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher's JVM options ({@code bin/crosscheck}, asked with CROSSCHECK_PRINT_JAVA_OPTS):
 * small inputs run with the C1 compiler only, large ones with the full tiered compiler, and the
 * size is that of the article text the check reads, not of option values.
 */
class LauncherOptionsTest {

    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    private static final int LARGE = 4_100_000;

    @TempDir
    Path tmp;

    @Test
    void smallInputRunsWithC1Only() throws Exception {
        Path dir = articles("small", 2, 1_000);
        String opts = optionsFor("check", dir.toString());
        assertTrue(opts.contains(C1_ONLY), opts);
        assertTrue(opts.contains("-Xmx768m"), opts);
    }

    @Test
    void largeFolderRunsWithTheTieredCompiler() throws Exception {
        Path dir = articles("large", 2, LARGE / 2 + 1);
        assertFalse(optionsFor("check", "-j", "2", dir.toString()).contains(C1_ONLY));
    }

    @Test
    void onlyTxtFilesOfAFolderCount() throws Exception {
        Path dir = articles("mixed", 1, 100);
        Files.write(dir.resolve("big.bin"), new byte[LARGE]);
        assertTrue(optionsFor("check", dir.toString()).contains(C1_ONLY));
    }

    @Test
    void largeFilesNamedOneByOneAddUp() throws Exception {
        Path dir = articles("files", 2, LARGE / 2 + 1);
        List<String> args = new ArrayList<>(List.of("check"));
        try (var files = Files.list(dir)) {
            files.sorted().forEach(f -> args.add(f.toString()));
        }
        assertFalse(optionsFor(args.toArray(String[]::new)).contains(C1_ONLY));
    }

    @Test
    void optionValuesAreNotInput() throws Exception {
        Path big = Files.write(tmp.resolve("old-report.csv"), new byte[LARGE]);
        Path dir = articles("small", 1, 100);
        assertTrue(optionsFor("check", "-o", big.toString(), dir.toString()).contains(C1_ONLY));
        assertTrue(optionsFor("check", "--claims", big.toString(), dir.toString()).contains(C1_ONLY));
    }

    /**
     * Every option of check and baseline create that takes a value (read from the command model, so
     * a new option is covered), its value a large *.txt file: the launcher does not count it.
     * --target's values are articles the run reads, so they count.
     */
    @Test
    void theValueOfEveryOptionThatTakesOneIsSkipped() throws Exception {
        Path big = Files.write(tmp.resolve("big.txt"), new byte[LARGE]);
        Path dir = articles("small", 1, 100);
        picocli.CommandLine cli = CrosscheckCli.commandLine();
        List<picocli.CommandLine> commands = List.of(cli.getSubcommands().get("check"),
                cli.getSubcommands().get("baseline").getSubcommands().get("create"));
        int checked = 0;
        for (picocli.CommandLine c : commands) {
            List<String> prefix = c.getCommandName().equals("check") ? List.of("check")
                    : List.of("baseline", "create");
            for (picocli.CommandLine.Model.OptionSpec o : c.getCommandSpec().options()) {
                if (o.arity().max() == 0 || o.names()[0].equals("--target")) {
                    continue;
                }
                for (String name : o.names()) {
                    List<String> args = new ArrayList<>(prefix);
                    args.addAll(List.of(dir.toString(), name, big.toString()));
                    String opts = optionsFor(args.toArray(String[]::new));
                    assertTrue(opts.contains(C1_ONLY), String.join(" ", args) + ": " + opts);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 14, "options checked: " + checked);
        assertFalse(optionsFor("check", dir.toString(), "--target", big.toString()).contains(C1_ONLY));
        assertFalse(optionsFor("baseline", "create", dir.toString(), "--target", big.toString())
                .contains(C1_ONLY));
    }

    @Test
    void userOptionsComeLast() throws Exception {
        Path dir = articles("small", 1, 100);
        String opts = optionsFor(List.of("CROSSCHECK_JAVA_OPTS=-Xmx4g"), "check", dir.toString());
        assertTrue(opts.endsWith("-Xmx4g"), opts);
    }

    private Path articles(String name, int count, int bytes) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (int i = 0; i < count; i++) {
            Files.write(dir.resolve("a" + i + ".txt"), "x".repeat(bytes).getBytes(StandardCharsets.UTF_8));
        }
        return dir;
    }

    private static String optionsFor(String... args) throws Exception {
        return optionsFor(List.of(), args);
    }

    private static String optionsFor(List<String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("bin", "crosscheck").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("CROSSCHECK_PRINT_JAVA_OPTS", "1");
        pb.environment().remove("CROSSCHECK_JAVA_OPTS");
        for (String kv : env) {
            pb.environment().put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "launcher did not finish");
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
