package dev.crosscheck.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rules/schema/pattern.schema.json: the built-in patterns validate, broken ones do not. */
class PatternSchemaTest {

    private static final Path PATTERNS = Path.of("rules", "patterns");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(Path.of("rules", "schema", "pattern.schema.json").toFile()));
    }

    private static JsonNode yaml(String text) {
        return JSON.valueToTree(new Load(LoadSettings.builder().setSchema(new CoreSchema()).build())
                .loadFromString(text));
    }

    @Test
    void everyBuiltInPatternValidatesAndNamesTheSchema() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(PATTERNS)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertEquals(java.util.Set.of(), schema().validate(yaml(text)), f.toString());
            assertTrue(text.startsWith("# yaml-language-server: $schema=../schema/pattern.schema.json\n"), f.toString());
        }
    }

    @Test
    void brokenPatternsAreRejected() throws IOException {
        String ok = "id: p\ntokens:\n  - {lower: no, op: '?', capture: x}\n  - {gap: 2}\n"
                + "examples:\n  match:\n    - {text: 'No.', captures: {x: 'No'}}\n  no-match:\n    - {text: 'Yes.'}\n";
        assertEquals(java.util.Set.of(), schema().validate(yaml(ok)), "the control");
        for (String broken : List.of(ok.replace("lower: no", "lowr: no"), ok.replace("op: '?'", "op: '{2}'"),
                ok.replace("{gap: 2}", "{gap: 9}"), ok.replace("id: p", "id: P"), ok.replace("tokens:\n", "tokens: []\nx:\n"),
                ok.replace("- {text: 'Yes.'}", "- {text: 'Yes.', captures: {x: 'Y'}}"))) {
            assertFalse(schema().validate(yaml(broken)).isEmpty(), "accepted:\n" + broken);
        }
    }
}
