package dev.crosscheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * End to end: the packaged jar ({@code target/crosscheck.jar}, built by {@code package} before
 * failsafe runs this in {@code verify}) as a process, in a folder of invented articles: reference
 * copy that has one accepted contradiction, and new copy under review that adds one.
 */
class GateIT {

    private static final Path JAR = Path.of("target", "crosscheck.jar").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void jarIsBuilt() {
        assumeTrue(Files.isRegularFile(JAR), "run through mvn verify: needs target/crosscheck.jar");
    }

    @BeforeEach
    void articles() throws IOException {
        write("reference/r1.txt", "French Foreign Minister Marko Tavel arrived in Ostra on Tuesday.\n");
        write("reference/r2.txt", "Foreign Minister Marko Tavel said the visit to Ostra went well.\n");
        // an older contradiction among the reference articles, not the new copy's doing
        write("reference/r3.txt", "French Foreign Minister Janek Holm visited Ostra on Tuesday.\n");
        write("incoming/new.txt", "Talks in Ostra\n\nFrench Foreign Minister Darko Pavel met reporters in Ostra.\n");
        // names a reference person and no office: it contradicts no reference article
        write("incoming/fine.txt", "Marko Tavel left Ostra on Wednesday after the talks.\n");
    }

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Path out = Files.createTempFile(dir, "out", ".log");
        Path err = Files.createTempFile(dir, "err", ".log");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                Path.of("/dev/null").toFile()));
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "crosscheck did not finish");
        Run r = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    private static List<String> ids(Path csv) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            String id = line.replace("\uFEFF", "").split(",", 2)[0];
            if (!id.equals("id")) {
                out.add(id);
            }
        }
        return out;
    }

    @Test
    void exitCodesForFindingsCleanRunsUsageErrorsAndPartialRuns() throws Exception {
        Run findings = run("check", "reference", "incoming", "-o", "all.csv");
        assertEquals(ExitCode.FINDINGS.code(), findings.exit(), findings.err());
        assertTrue(findings.out().contains("Gate: "), findings.out());
        assertTrue(Files.isRegularFile(dir.resolve("all.csv")));

        Run never = run("check", "reference", "incoming", "--fail-on", "never", "-o", "all.csv");
        assertEquals(ExitCode.OK.code(), never.exit(), never.err());

        Run clean = run("check", "reference/r1.txt", "reference/r2.txt", "incoming/fine.txt", "-o", "clean.csv");
        assertEquals(ExitCode.OK.code(), clean.exit(), clean.err());

        Run usage = run("check", "reference", "--fail-on", "fatal");
        assertEquals(ExitCode.USAGE.code(), usage.exit());
        assertTrue(usage.err().contains("--fail-on"), usage.err());

        Files.write(dir.resolve("reference/photo.txt"), new byte[] {'G', 'I', 'F', 0, 1});
        Run partial = run("check", "reference", "incoming", "-o", "all.csv");
        assertEquals(ExitCode.PARTIAL.code(), partial.exit(), "an incomplete check wins over findings");
        assertTrue(partial.err().contains("photo.txt: skipped: binary content"), partial.err());
    }

    @Test
    void onlyFindingsInvolvingATargetAreReportedAndCount() throws Exception {
        Run all = run("check", "reference", "incoming", "-o", "all.csv");
        assertEquals(ExitCode.FINDINGS.code(), all.exit(), all.err());
        List<String> allIds = ids(dir.resolve("all.csv"));

        Run targeted = run("check", "reference", "--target", "incoming/new.txt", "-o", "new.csv");
        assertEquals(ExitCode.FINDINGS.code(), targeted.exit(), targeted.err());
        List<String> rows = Files.readAllLines(dir.resolve("new.csv")).subList(1, ids(dir.resolve("new.csv")).size() + 1);
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.contains("incoming/new.txt")), String.join("\n", rows));
        assertTrue(allIds.containsAll(ids(dir.resolve("new.csv"))), "same ids as the full run");
        assertTrue(targeted.out().contains("involving no target left out"), targeted.out());

        Run fine = run("check", "reference", "--target", "incoming/fine.txt", "-o", "fine.csv");
        assertEquals(ExitCode.OK.code(), fine.exit(), "reference contradictions do not fail the new copy: "
                + fine.out());
        assertEquals(List.of(), ids(dir.resolve("fine.csv")));

        Run everything = run("check", "reference", "--target", "incoming/fine.txt", "--all-findings",
                "-o", "every.csv");
        assertEquals(ExitCode.OK.code(), everything.exit(), everything.out());
        assertFalse(ids(dir.resolve("every.csv")).isEmpty(), "--all-findings reports the rest");
    }

    @Test
    void aBaselineSuppressesItsFindingsAndNamesStaleEntries() throws Exception {
        Run create = run("baseline", "create", "reference", "-o", "crosscheck-baseline.csv");
        assertEquals(ExitCode.OK.code(), create.exit(), create.err());
        Path baseline = dir.resolve("crosscheck-baseline.csv");
        List<String> lines = Files.readAllLines(baseline);
        assertEquals("id,rule,subject,reason", lines.get(0));
        int accepted = lines.size() - 1;
        assertTrue(accepted > 0, "the reference contradiction is recorded");

        Run reference = run("check", "reference", "--baseline", "crosscheck-baseline.csv", "-o", "r.csv");
        assertEquals(ExitCode.OK.code(), reference.exit(), reference.out() + reference.err());
        assertTrue(reference.out().contains("Baseline: " + accepted + " finding"), reference.out());
        assertEquals(List.of(), ids(dir.resolve("r.csv")));

        Run gate = run("check", "reference", "incoming", "--baseline", "crosscheck-baseline.csv", "-o", "g.csv");
        assertEquals(ExitCode.FINDINGS.code(), gate.exit(), "the new contradictions still fail");
        assertTrue(ids(dir.resolve("g.csv")).stream().noneMatch(id -> lines.stream().anyMatch(l -> l.startsWith(id))));

        // a reason is kept when the baseline is created again; an entry that matches nothing is stale
        Files.writeString(baseline, lines.get(0) + "\n" + lines.get(1).replaceAll(",$", ",agreed with the desk")
                + "\n" + "0123456789ab,office-holder-conflict,French Foreign Minister,fixed long ago\n");
        Run stale = run("check", "reference", "--baseline", "crosscheck-baseline.csv", "-o", "r.csv");
        assertTrue(stale.err().contains("crosscheck: baseline crosscheck-baseline.csv:3: stale entry 0123456789ab "
                + "(office-holder-conflict, French Foreign Minister) matches no finding"), stale.err());
        assertTrue(stale.out().contains("1 stale entry"), stale.out());
        Run again = run("baseline", "create", "reference", "-o", "crosscheck-baseline.csv");
        assertEquals(ExitCode.OK.code(), again.exit(), again.err());
        String recreated = Files.readString(baseline);
        assertTrue(recreated.contains(",agreed with the desk\n"), recreated);
        assertFalse(recreated.contains("0123456789ab"), recreated);
    }

    @Test
    void theSarifValidatesAgainstTheSarifSchemaAndCarriesIdsVersionAndRuleDigest() throws Exception {
        Run r = run("check", "reference", "incoming", "-o", "all.csv", "--format", "sarif=out.sarif",
                "--format", "json=out.json");
        assertEquals(ExitCode.FINDINGS.code(), r.exit(), r.err());
        JsonNode sarif = JSON.readTree(dir.resolve("out.sarif").toFile());
        assertValid("/schemas/sarif-schema-2.1.0.json", SpecVersion.VersionFlag.V7, sarif);
        // the schema does reject what SARIF does not allow (a control for the check above)
        com.fasterxml.jackson.databind.node.ObjectNode broken = sarif.deepCopy();
        broken.put("notSarif", 1);
        try (InputStream schema = GateIT.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            assertFalse(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema).validate(broken)
                    .isEmpty(), "a property SARIF does not define must be a violation");
        }
        JsonNode run = sarif.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertEquals("crosscheck", driver.get("name").asText());
        assertTrue(driver.get("properties").get("rulesDigest").asText().matches("sha256:[0-9a-f]{64}"));
        assertFalse(driver.get("properties").get("commit").asText().isEmpty());
        JsonNode rule = driver.get("rules").get(0);
        for (String field : List.of("id", "shortDescription", "fullDescription", "help", "defaultConfiguration")) {
            assertTrue(rule.has(field), field + " in " + rule);
        }
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode result : run.get("results")) {
            fingerprints.add(result.get("partialFingerprints").get("crosscheckFindingId/v1").asText());
            assertEquals(1, result.get("locations").size());
            assertEquals(1, result.get("relatedLocations").size());
        }
        assertEquals(new HashSet<>(ids(dir.resolve("all.csv"))), fingerprints);

        JsonNode json = JSON.readTree(dir.resolve("out.json").toFile());
        try (InputStream schema = GateIT.class.getResourceAsStream("/crosscheck/report.schema.json")) {
            assertValid(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema), json);
        }
        assertEquals(driver.get("properties").get("rulesDigest").asText(), json.get("tool").get("rulesDigest").asText());
    }

    @Test
    void reportsAreByteIdenticalRunAfterRunAndStdoutHoldsOnlyTheReport() throws Exception {
        run("check", "reference", "incoming", "--format", "sarif=a.sarif", "--format", "json=a.json", "-o", "a.csv");
        run("check", "reference", "incoming", "--format", "sarif=b.sarif", "--format", "json=b.json", "-o", "b.csv",
                "-j", "1");
        for (String ext : List.of("csv", "sarif", "json")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a." + ext)), Files.readAllBytes(dir.resolve("b." + ext)),
                    ext);
        }
        Run stdout = run("check", "reference", "incoming", "--format", "json", "-o", "-");
        assertEquals(ExitCode.FINDINGS.code(), stdout.exit());
        assertEquals(Files.readString(dir.resolve("a.json")), stdout.out());
        assertTrue(stdout.err().contains("Gate: "), stdout.err());

        Run github = run("check", "reference", "--target", "incoming/new.txt", "--format", "github");
        assertTrue(github.out().lines().findFirst().orElse("").startsWith(
                "::error file=incoming/new.txt,line=3,title=office-holder-conflict%3A French Foreign Minister::"),
                github.out());
    }

    @Test
    void versionNamesTheCommitAndTheRuleDigest() throws Exception {
        Run v = run("--version");
        assertEquals(0, v.exit());
        List<String> lines = v.out().lines().toList();
        assertTrue(lines.get(0).matches("crosscheck \\S+"), v.out());
        assertTrue(lines.get(1).matches("commit ([0-9a-f]{40}(-dirty)?|unknown)"), v.out());
        assertTrue(lines.get(2).matches("rules sha256:[0-9a-f]{64} \\(\\d+ rules from built-in rules\\)"), v.out());
    }

    private static void assertValid(String schemaResource, SpecVersion.VersionFlag version, JsonNode doc)
            throws IOException {
        try (InputStream schema = GateIT.class.getResourceAsStream(schemaResource)) {
            assertValid(JsonSchemaFactory.getInstance(version).getSchema(schema), doc);
        }
    }

    private static void assertValid(JsonSchema schema, JsonNode doc) {
        Set<ValidationMessage> errors = schema.validate(doc);
        assertEquals(Set.of(), errors, "schema violations");
    }
}
