package dev.crosscheck.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in catalogue as a whole: unique rule ids, file names that say the id, vocabulary without repeats. */
class CatalogueTest {

    private static final Path RULES = Path.of("rules");

    @Test
    void everyRuleFileIsNamedForItsIdAndIdsAreUnique() {
        Set<String> ids = new HashSet<>();
        for (RuleDefinition r : RuleLoader.fromDirectory(RULES, "rules").rules()) {
            assertTrue(ids.add(r.id()), "duplicate id " + r.id());
            assertEquals("rules/" + r.id() + ".yaml", r.file(), "a rule file is named for its id");
        }
        assertFalse(ids.isEmpty());
    }

    /** Lists of words in which an entry appears twice, as "file:line: entry". */
    static List<String> repeats(YamlNode node) {
        List<String> out = new ArrayList<>();
        if (node.isList()) {
            Set<String> seen = new HashSet<>();
            for (YamlNode item : node.asList()) {
                if (item.isScalar() && !seen.add(item.asString())) {
                    out.add(item.file() + ":" + item.line() + ": " + item.asString());
                }
                out.addAll(repeats(item));
            }
        } else if (node.isMap()) {
            for (Map.Entry<String, YamlNode> e : node.asMap().entrySet()) {
                out.addAll(repeats(e.getValue()));
            }
        }
        return out;
    }

    @Test
    void noVocabularyListRepeatsAnEntry() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(RULES.resolve("lexicon"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                found.addAll(repeats(YamlNode.parse(f.toString(), Files.readString(f))));
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void aRepeatedEntryIsFound() {
        YamlNode tree = YamlNode.parse("x.yaml", "a:\n  b: [one, two, one]\n  c: [three]\n");
        assertEquals(List.of("x.yaml:2: one"), repeats(tree));
    }
}
