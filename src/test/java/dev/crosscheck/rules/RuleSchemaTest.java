package dev.crosscheck.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.crosscheck.compare.ComparisonMechanism;
import dev.crosscheck.compare.Mechanisms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON Schema of rule files ({@code rules/schema/rule.schema.json}), which editors use for
 * completion and validation: it accepts every built-in rule, rejects what the loader rejects, and
 * allows for each mechanism exactly the parameters its class declares.
 */
class RuleSchemaTest {

    private static final Path RULES = Path.of("rules");
    private static final Path SCHEMA_FILE = RULES.resolve("schema").resolve("rule.schema.json");
    private static final String MODELINE = "# yaml-language-server: $schema=schema/rule.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A valid rule the negative controls each break in one way. */
    private static final String BASE = """
            id: sample-duration-conflict
            kind: interval-conflict
            category: duration
            severity: error
            description: a sample
            message: "{source_a} gives {value_a}, {source_b} {value_b}."
            params:
              claim: duration
              tolerance: 0.1
            examples:
              trigger:
                - note: two durations
                  articles: ["a", "b"]
              no-trigger:
                - articles: ["a"]
            """;

    private static JsonNode schemaJson;
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schemaJson = JSON.readTree(SCHEMA_FILE.toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson);
    }

    /** YAML 1.2 core schema, as editors read it: numbers and booleans are typed. */
    private static JsonNode yaml(String text) {
        Object doc = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(text);
        return JSON.valueToTree(doc);
    }

    private static Set<ValidationMessage> errors(String text) {
        return schema.validate(yaml(text));
    }

    private static Set<ValidationMessage> errors(JsonNode doc) {
        return schema.validate(doc);
    }

    private static List<Path> builtInRuleFiles() throws IOException {
        try (Stream<Path> s = Files.list(RULES)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }

    @Test
    void theSchemaDeclaresDraft2020_12() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", schemaJson.get("$schema").asText());
    }

    @Test
    void everyBuiltInRuleFileValidates() throws IOException {
        List<Path> files = builtInRuleFiles();
        assertEquals(RuleLoader.fromDirectory(RULES, "rules").rules().size(), files.size());
        for (Path f : files) {
            Set<ValidationMessage> e = errors(Files.readString(f, StandardCharsets.UTF_8));
            assertEquals(Set.of(), e, f.toString());
        }
    }

    @Test
    void everyBuiltInRuleFileNamesTheSchemaOnItsFirstLine() throws IOException {
        for (Path f : builtInRuleFiles()) {
            assertEquals(MODELINE, Files.readAllLines(f, StandardCharsets.UTF_8).get(0), f.toString());
            assertTrue(Files.isRegularFile(f.resolveSibling(MODELINE.substring(MODELINE.indexOf('=') + 1))));
        }
    }

    @Test
    void theSampleTheControlsBreakIsValid() {
        assertEquals(Set.of(), errors(BASE));
    }

    private static void rejected(String why, String text) {
        assertFalse(errors(text).isEmpty(), why + " was accepted:\n" + text);
    }

    @Test
    void anUnknownTopLevelKeyIsRejected() {
        rejected("severty", BASE + "severty: warning\n");
    }

    @Test
    void anUnknownKindIsRejected() {
        rejected("kind vibes", BASE.replace("kind: interval-conflict", "kind: vibes"));
    }

    @Test
    void anUnknownCategoryOrSeverityIsRejected() {
        rejected("category", BASE.replace("category: duration", "category: length"));
        rejected("severity", BASE.replace("severity: error", "severity: fatal"));
    }

    @Test
    void anIdThatIsNotLowerCaseWordsJoinedByHyphensIsRejected() {
        rejected("id Bad_Id", BASE.replace("id: sample-duration-conflict", "id: Bad_Id"));
        rejected("id -x", BASE.replace("id: sample-duration-conflict", "id: 1st-rule"));
    }

    @Test
    void aMissingRequiredKeyIsRejected() {
        rejected("no message", BASE.replace("message: \"{source_a} gives {value_a}, {source_b} {value_b}.\"\n", ""));
    }

    @Test
    void aParameterTheMechanismDoesNotDeclareIsRejected() {
        String nameOrder = """
                id: name-order
                kind: name-order
                category: name
                severity: warning
                message: m
                """;
        assertEquals(Set.of(), errors(nameOrder));
        rejected("lead-sentences on name-order", nameOrder + "params:\n  lead-sentences: 2\n");
        rejected("lead-sentences on duration", BASE.replace("  tolerance: 0.1\n", "  tolerance: 0.1\n  lead-sentences: 2\n"));
        rejected("misspelt tolerance", BASE.replace("tolerance:", "tolerence:"));
        // with the selector left out the kind's default mechanism (duration) is meant
        rejected("measures without claim", BASE.replace("  claim: duration\n", "  measures: [deaths]\n"));
    }

    @Test
    void anUnknownSelectorValueIsRejected() {
        rejected("claim: speed", BASE.replace("claim: duration", "claim: speed"));
    }

    @Test
    void aWrongTypedParameterIsRejected() {
        rejected("tolerance lots", BASE.replace("tolerance: 0.1", "tolerance: lots"));
        rejected("tolerance out of range", BASE.replace("tolerance: 0.1", "tolerance: 11"));
        String quantity = BASE.replace("  claim: duration\n  tolerance: 0.1\n", "  claim: quantity\n%s\n");
        assertEquals(Set.of(), errors(quantity.formatted(
                "  lead-figures-only: true\n  lead-sentences: 4\n  measures: [deaths]\n  update-severity: none")));
        rejected("boolean yes", quantity.formatted("  lead-figures-only: yes"));
        rejected("fractional count", quantity.formatted("  lead-sentences: 1.5"));
        rejected("measures as a word", quantity.formatted("  measures: deaths"));
        rejected("severity fatal", quantity.formatted("  update-severity: fatal"));
    }

    @Test
    void anExampleWithoutArticlesIsRejected() {
        rejected("no articles", BASE.replace("  no-trigger:\n    - articles: [\"a\"]\n",
                "  no-trigger:\n    - note: nothing to read\n"));
        rejected("empty articles", BASE.replace("- articles: [\"a\"]", "- articles: []"));
        rejected("unknown example key", BASE.replace("- articles: [\"a\"]", "- articles: [\"a\"]\n      text: x"));
        rejected("unknown example group", BASE.replace("  no-trigger:", "  maybe:"));
    }

    @Test
    void aTriggerExampleMayStateTheFindingItExpectsAndANoTriggerExampleMayNot() {
        String expecting = BASE.replace("      articles: [\"a\", \"b\"]\n",
                "      articles: [\"a\", \"b\"]\n      expect: {severity: error, values: [\"30 minutes\", \"3 hours\"]}\n");
        assertEquals(Set.of(), errors(expecting));
        rejected("expect on a no-trigger example", BASE.replace("- articles: [\"a\"]",
                "- articles: [\"a\"]\n      expect: {severity: error}"));
        rejected("expect with one value", expecting.replace("[\"30 minutes\", \"3 hours\"]", "[\"30 minutes\"]"));
        rejected("expect with an unknown severity", expecting.replace("severity: error", "severity: fatal"));
        rejected("an empty expect", expecting.replace("{severity: error, values: [\"30 minutes\", \"3 hours\"]}", "{}"));
    }

    // --- drift: the schema against the mechanisms' declarations ---

    private static String defName(ComparisonMechanism m) {
        return "params-" + m.kind().label() + m.selector().map(s -> "-" + s.value()).orElse("");
    }

    private static Set<String> declared(ComparisonMechanism m) {
        Set<String> names = new TreeSet<>();
        m.selector().ifPresent(s -> names.add(s.param()));
        m.params().forEach(p -> names.add(p.name()));
        return names;
    }

    /** A rule of {@code m}'s kind with {@code params} (the selector first, when {@code m} has one). */
    private static ObjectNode rule(ComparisonMechanism m, Map<String, Object> params) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", "drift");
        rule.put("kind", m.kind().label());
        rule.put("category", "number");
        rule.put("severity", "error");
        rule.put("message", "m");
        Map<String, Object> p = new LinkedHashMap<>();
        m.selector().ifPresent(s -> p.put(s.param(), s.value()));
        p.putAll(params);
        rule.put("params", p);
        return JSON.valueToTree(rule);
    }

    /** A parameter's declared default as a rule file would write it, read as an editor reads it. */
    private static Object sample(ComparisonMechanism.ParamSpec p) {
        // "unlimited" is how a declaration says "no limit"; a rule writes a number
        return p.defaultValue().equals("unlimited") ? 1 : yaml("v: " + p.defaultValue()).get("v");
    }

    @Test
    void theSchemaHasOneParamsDefinitionPerMechanism() {
        Set<String> defs = new TreeSet<>();
        schemaJson.get("$defs").fieldNames().forEachRemaining(n -> {
            if (n.startsWith("params-")) {
                defs.add(n);
            }
        });
        assertEquals(Mechanisms.BUILT_IN.stream().map(RuleSchemaTest::defName).collect(Collectors.toCollection(TreeSet::new)),
                defs);
    }

    @Test
    void theSchemaAllowsEachMechanismExactlyTheParametersItDeclares() {
        for (ComparisonMechanism m : Mechanisms.BUILT_IN) {
            JsonNode def = schemaJson.get("$defs").get(defName(m));
            assertTrue(def != null, "no $defs/" + defName(m) + " for " + m.name());
            assertFalse(def.path("additionalProperties").asBoolean(true), defName(m) + " allows other parameters");
            Set<String> inSchema = new TreeSet<>();
            Iterator<String> names = def.get("properties").fieldNames();
            names.forEachRemaining(inSchema::add);
            assertEquals(declared(m), inSchema, m.name() + ": params in the schema differ from those declared in Java");
        }
    }

    @Test
    void aRuleOfEachMechanismAcceptsItsDeclaredParametersAtTheirDefaults() {
        for (ComparisonMechanism m : Mechanisms.BUILT_IN) {
            Map<String, Object> params = new LinkedHashMap<>();
            m.params().forEach(p -> params.put(p.name(), sample(p)));
            assertEquals(Set.of(), errors(rule(m, params)), m.name() + " with " + params);
        }
    }

    @Test
    void aRuleOfEachMechanismRejectsEveryOtherMechanismsParameterAndAnUnknownOne() {
        Map<String, Object> every = new LinkedHashMap<>();
        for (ComparisonMechanism m : Mechanisms.BUILT_IN) {
            m.params().forEach(p -> every.putIfAbsent(p.name(), sample(p)));
            m.selector().ifPresent(s -> every.putIfAbsent(s.param(), s.value()));
        }
        every.put("no-such-parameter", 1);
        List<String> accepted = new ArrayList<>();
        for (ComparisonMechanism m : Mechanisms.BUILT_IN) {
            Set<String> own = declared(m);
            for (Map.Entry<String, Object> e : every.entrySet()) {
                if (!own.contains(e.getKey()) && errors(rule(m, Map.of(e.getKey(), e.getValue()))).isEmpty()) {
                    accepted.add(m.name() + " accepts " + e.getKey());
                }
            }
        }
        assertEquals(List.of(), accepted);
    }

    @Test
    void aKindWithSeveralMechanismsRejectsASelectorValueJavaDoesNotHave() {
        for (ComparisonMechanism m : Mechanisms.BUILT_IN) {
            m.selector().ifPresent(s -> assertFalse(
                    errors(rule(m, Map.of(s.param(), "no-such-" + s.param()))).isEmpty(), m.name()));
        }
    }
}
