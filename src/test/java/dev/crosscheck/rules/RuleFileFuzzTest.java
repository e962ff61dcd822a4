package dev.crosscheck.rules;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzz target for the rule-file reader: any text as a rule file, or in place of one lexicon file,
 * is either loaded or refused with a {@link RuleFileException} ("file:line: message"); nothing else
 * escapes. Regression inputs: {@code RuleFileFuzzTestInputs/ruleFile/}.
 */
class RuleFileFuzzTest {

    private static final Path LEXICON = Path.of("rules", "lexicon");
    private static final List<String> LEXICON_FILES = List.of("boilerplate.yaml", "calendar.yaml",
            "countries.yaml", "events.yaml", "hedges.yaml", "names.yaml", "numbers.yaml", "offices.yaml",
            "quantities.yaml", "quotes.yaml", "stories.yaml", "units.yaml");

    private static final java.util.Map<String, YamlNode> SHIPPED = new java.util.concurrent.ConcurrentHashMap<>();

    @FuzzTest(maxDuration = "10m")
    void ruleFile(FuzzedDataProvider data) {
        int replaced = data.consumeInt(-1, LEXICON_FILES.size() - 1);
        String text = data.consumeRemainingAsString();
        try {
            if (replaced < 0) {
                RuleLoader.parseRule(YamlNode.parse("fuzz.yaml", text), "fuzz.yaml");
            } else {
                String name = LEXICON_FILES.get(replaced);
                new LexiconLoader(file -> file.equals(name) ? YamlNode.parse(file, text)
                        : SHIPPED.computeIfAbsent(file, f -> YamlNode.parse(f, read(f)))).load();
            }
        } catch (RuleFileException expected) {
            // refused with file and line: the documented outcome for a bad rule file
        }
    }

    private static String read(String file) {
        try {
            return new String(Files.readAllBytes(LEXICON.resolve(file)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
