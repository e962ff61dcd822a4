package dev.crosscheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --rules, --rule, --no-builtin-rules, .crosscheck.yaml and the rules subcommands, in process. */
class RuleSettingsTest {

    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    /** Two articles whose only finding is a spelling variant (a warning). */
    private Path spellingPair() throws IOException {
        write("news/a.txt", "Mayor Ivo Rask opened the bridge in Ostra on Monday.\n");
        write("news/b.txt", "Mayor Ivo Rusk opened the bridge in Ostra on Monday.\n");
        return tmp.resolve("news");
    }

    private CliRun check(Path news, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("check", news.toString(),
                "--no-config", "--format", "text", "-o", "-"));
        args.addAll(java.util.List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void aRuleSwitchedOffReportsNothingAndItsControlDoes() throws IOException {
        Path news = spellingPair();
        CliRun control = check(news);
        assertTrue(control.out().contains("warning name-spelling-variant:"), control.out() + control.err());
        CliRun off = check(news, "--rule", "name-spelling-variant=off");
        assertFalse(off.out().contains("name-spelling-variant"), off.out());
        assertEquals(0, off.exit(), off.err());
    }

    @Test
    void aLevelChangesTheSeverityAndTheGate() throws IOException {
        Path news = spellingPair();
        CliRun raised = check(news, "--rule", "name-spelling-variant=error");
        assertTrue(raised.out().contains("error name-spelling-variant:"), raised.out());
        assertEquals(ExitCode.FINDINGS.code(), raised.exit());
        assertEquals(0, check(news).exit(), "a warning does not fail the default gate");
    }

    @Test
    void anUnknownRuleIdOrLevelIsAUsageError() throws IOException {
        Path news = spellingPair();
        CliRun unknown = check(news, "--rule", "name-speling-variant=off");
        assertEquals(ExitCode.USAGE.code(), unknown.exit());
        assertTrue(unknown.err().startsWith("crosscheck: --rule name-speling-variant=off: unknown rule "
                + "'name-speling-variant' (rules: age-conflict, count-conflict,"), unknown.err());
        CliRun level = check(news, "--rule", "name-order=loud");
        assertEquals(ExitCode.USAGE.code(), level.exit());
        assertTrue(level.err().contains("--rule name-order=loud: level must be off, info, warning or error"),
                level.err());
    }

    @Test
    void noBuiltinRulesNeedsAFolderThatHoldsEverything() throws IOException {
        Path news = spellingPair();
        CliRun none = check(news, "--no-builtin-rules");
        assertEquals(ExitCode.USAGE.code(), none.exit());
        assertTrue(none.err().contains("without the built-in rules, give at least one --rules DIR"), none.err());
        Path mine = write("mine/order.yaml", "id: name-order\nkind: name-order\ncategory: name\n"
                + "severity: info\nmessage: \"{subject}\"\n").getParent();
        CliRun partial = check(news, "--no-builtin-rules", "--rules", mine.toString());
        assertEquals(ExitCode.USAGE.code(), partial.exit());
        assertTrue(partial.err().contains(mine + "/lexicon/") && partial.err().contains(": file is missing"),
                partial.err());
        CliRun full = check(news, "--no-builtin-rules", "--rules", "rules");
        assertTrue(full.out().contains("warning name-spelling-variant:"), full.out() + full.err());
    }

    @Test
    void theSettingsFileSetsLevelsFoldersAndTheGateAndTheCommandLineWins() throws IOException {
        Path news = spellingPair();
        write("mine/quiet.yaml", "id: name-spelling-variant\nkind: variant-spelling\ncategory: spelling\n"
                + "severity: info\nmessage: \"{word_a} / {word_b}\"\nparams: {variants: spelling}\n");
        Path config = write("project/.crosscheck.yaml", "rules: [../mine]\nfail-on: info\n");
        CliRun fromFile = run("check", news.toString(), "--config", config.toString(), "--format", "text", "-o", "-");
        assertTrue(fromFile.out().contains("info name-spelling-variant:"), fromFile.out() + fromFile.err());
        assertEquals(ExitCode.FINDINGS.code(), fromFile.exit(), "fail-on: info from the file");
        CliRun cliWins = run("check", news.toString(), "--config", config.toString(), "--fail-on", "warning",
                "--format", "text", "-o", "-");
        assertEquals(0, cliWins.exit(), cliWins.out());
        Path off = write("project2/.crosscheck.yaml", "rule:\n  name-spelling-variant: off\n");
        CliRun switchedOff = run("check", news.toString(), "--config", off.toString(), "--format", "text", "-o", "-");
        assertFalse(switchedOff.out().contains("name-spelling-variant"), switchedOff.out());
        CliRun cliLevel = run("check", news.toString(), "--config", off.toString(), "--rule",
                "name-spelling-variant=warning", "--format", "text", "-o", "-");
        assertTrue(cliLevel.out().contains("warning name-spelling-variant:"), cliLevel.out() + cliLevel.err());
    }

    @Test
    void aBadSettingsFileIsReportedWithFileAndLine() throws IOException {
        Path news = spellingPair();
        Path typo = write("a/.crosscheck.yaml", "rules: []\nfail_on: warning\n");
        CliRun r = run("check", news.toString(), "--config", typo.toString(), "-o", "-");
        assertEquals(ExitCode.USAGE.code(), r.exit());
        assertEquals("crosscheck: " + typo + ":2: unknown key 'fail_on' (expected one of: rules, builtin-rules, "
                + "rule, fail-on)", r.err().strip());
        Path unknownRule = write("b/.crosscheck.yaml", "rule:\n  nope: off\n");
        CliRun u = run("check", news.toString(), "--config", unknownRule.toString(), "-o", "-");
        assertEquals(ExitCode.USAGE.code(), u.exit());
        assertTrue(u.err().startsWith("crosscheck: " + unknownRule + ":2: unknown rule 'nope'"), u.err());
        Path badFolder = write("c/.crosscheck.yaml", "rules: [missing]\n");
        CliRun f = run("check", news.toString(), "--config", badFolder.toString(), "-o", "-");
        assertEquals(ExitCode.USAGE.code(), f.exit());
        assertTrue(f.err().startsWith("crosscheck: " + badFolder + ":1: rule folder 'missing' is not a directory"),
                f.err());
        CliRun missing = run("check", news.toString(), "--config", tmp.resolve("none.yaml").toString());
        assertEquals(ExitCode.USAGE.code(), missing.exit());
    }

    @Test
    void theNearestSettingsFileIsFoundInTheDirectoryOrItsParents() throws IOException {
        Path top = write("p/.crosscheck.yaml", "fail-on: warning\n");
        Path deep = Files.createDirectories(tmp.resolve("p/a/b"));
        assertEquals(Optional.of(top.toAbsolutePath()), ProjectConfig.find(deep));
        Path nearer = write("p/a/.crosscheck.yaml", "fail-on: info\n");
        assertEquals(Optional.of(nearer.toAbsolutePath()), ProjectConfig.find(deep));
        assertEquals(Optional.of(FailOn.INFO), ProjectConfig.read(nearer).failOn());
    }

    // --- crosscheck rules ... ---

    @Test
    void rulesListShowsEveryRuleWithItsLevel() {
        CliRun r = run("rules", "list", "--no-config", "--rule", "name-order=off", "--rule", "count-conflict=warning");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("count-conflict ") && l.contains(" warning ")), r.out());
        assertFalse(r.out().contains("name-order "), r.out());
        assertTrue(r.out().contains("13 rules from built-in rules."), r.out());
        assertFalse(r.out().contains("PATTERN"), r.out());
        CliRun withPatterns = run("rules", "list", "--no-config", "--patterns");
        assertTrue(withPatterns.out().lines().anyMatch(l -> l.startsWith("zero-word  A word for none")
                && l.endsWith("(built-in rules/patterns/zero-word.yaml)")), withPatterns.out());
    }

    @Test
    void rulesExplainShowsParametersAndExamplesAndRefusesAnUnknownId() {
        CliRun r = run("rules", "explain", "count-conflict", "--no-config");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("    lead-sentences: 4 (default unlimited)"), r.out());
        assertTrue(r.out().contains("    triggers: the same toll for the same place, same day"), r.out());
        CliRun unknown = run("rules", "explain", "no-such-rule", "--no-config");
        assertEquals(ExitCode.USAGE.code(), unknown.exit());
        assertTrue(unknown.err().contains("unknown rule 'no-such-rule'"), unknown.err());
    }

    @Test
    void rulesValidateNamesTheFileAndLineOfABrokenRule() throws IOException {
        Path ok = write("ok/evacuees.yaml", "id: evacuee-count-conflict\nkind: interval-conflict\ncategory: number\n"
                + "severity: warning\nmessage: \"{value_a} {value_b}\"\nparams: {claim: quantity, measures: [evacuated]}\n");
        CliRun valid = run("rules", "validate", ok.getParent().toString(), "--no-config");
        assertEquals(0, valid.exit(), valid.err());
        assertEquals("valid: 15 rules from built-in rules + " + ok.getParent() + ".", valid.out().strip());
        Path bad = write("bad/evacuees.yaml", Files.readString(ok).replace("[evacuated]", "[evacuees]"));
        CliRun broken = run("rules", "validate", bad.getParent().toString(), "--no-config");
        assertEquals(ExitCode.USAGE.code(), broken.exit());
        assertTrue(broken.err().startsWith("crosscheck: " + bad + ":6: unknown measure 'evacuees'"), broken.err());
    }

    @Test
    void rulesTestShowsWhatWasFoundAndExtractedWhenAnExampleFails() throws IOException {
        Path dir = write("mine/evacuees.yaml", """
                id: evacuee-count-conflict
                kind: interval-conflict
                category: number
                severity: warning
                message: "{value_a} {value_b}"
                params: {claim: quantity, measures: [evacuated]}
                examples:
                  trigger:
                    - note: two figures, one town
                      articles:
                        - "About 2,000 people were evacuated from Ostra."
                        - "Some 500 people were evacuated from Ostra."
                      expect: {severity: error}
                  no-trigger:
                    - note: two towns
                      articles:
                        - "About 2,000 people were evacuated from Ostra."
                        - "Some 500 people were evacuated from Brenn."
                """).getParent();
        CliRun failing = run("rules", "test", dir.toString(), "--no-config");
        assertEquals(ExitCode.FINDINGS.code(), failing.exit(), failing.out() + failing.err());
        assertTrue(failing.out().contains("FAIL  evacuee-count-conflict triggers: two figures, one town ("
                + dir + "/evacuees.yaml:9)"), failing.out());
        assertTrue(failing.out().contains("expected error, got warning \"About 2,000 people were evacuated\" / "
                + "\"Some 500 people were evacuated\""), failing.out());
        assertTrue(failing.out().contains("quantity\tSome 500 people were evacuated\tevacuated"), failing.out());
        assertTrue(failing.out().contains("2 examples of 1 rule: 1 passed, 1 failed."), failing.out());
        Files.writeString(dir.resolve("evacuees.yaml"), Files.readString(dir.resolve("evacuees.yaml"))
                .replace("severity: error}", "severity: warning}"));
        CliRun passing = run("rules", "test", dir.toString(), "--no-config");
        assertEquals(0, passing.exit(), passing.out());
        assertTrue(passing.out().contains("2 examples of 1 rule: 2 passed, 0 failed."), passing.out());
    }
}
