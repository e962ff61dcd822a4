package dev.crosscheck.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParsedRuleCacheTest {

    private static final String TEXT = "id: x\nlist: [NO, 'on', 012]\nmap:\n  key: |\n    two\n    lines\n";

    @TempDir
    Path dir;

    private List<Path> entries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".tree")).toList();
        }
    }

    /** The same tree, node for node: kinds, text, lines, key lines (as the error positions show). */
    private static void sameTree(YamlNode a, YamlNode b) {
        assertEquals(a.toString(), b.toString());
        assertEquals(a.line(), b.line());
        if (a.isScalar()) {
            assertEquals(a.asString(), b.asString());
        } else if (a.isList()) {
            assertEquals(a.asList().size(), b.asList().size());
            for (int i = 0; i < a.asList().size(); i++) {
                sameTree(a.asList().get(i), b.asList().get(i));
            }
        } else {
            assertEquals(a.asMap().keySet(), b.asMap().keySet());
            for (String k : a.asMap().keySet()) {
                sameTree(a.get(k), b.get(k));
                assertEquals(a.opt(k).orElseThrow().error("e").getMessage(), b.opt(k).orElseThrow().error("e").getMessage());
            }
        }
    }

    @Test
    void aSecondParseOfTheSameTextReadsTheCachedTreeWhichIsTheParsedOne() throws IOException {
        ParsedRuleCache cache = ParsedRuleCache.in(dir);
        sameTree(YamlNode.parse("r.yaml", TEXT), cache.parse("r.yaml", TEXT));
        assertEquals(1, entries().size());
        YamlNode cached = cache.parse("other/r.yaml", TEXT);
        assertEquals(1, entries().size(), "read from the entry, not parsed and written again");
        // errors name the file as read this time, with the lines of the text
        sameTree(YamlNode.parse("other/r.yaml", TEXT), cached);
        assertEquals(List.of("NO", "on", "012"), cached.get("list").asStringList());
        assertEquals("two\nlines\n", cached.get("map").get("key").asString());
    }

    @Test
    void anEditedFileIsANewEntryNeverTheOldTree() throws IOException {
        ParsedRuleCache cache = ParsedRuleCache.in(dir);
        cache.parse("r.yaml", "id: a\n");
        assertEquals("b", cache.parse("r.yaml", "id: b\n").get("id").asString());
        assertEquals(2, entries().size());
    }

    @Test
    void aCorruptEntryIsParsedAgainAndRewritten() throws IOException {
        ParsedRuleCache cache = ParsedRuleCache.in(dir);
        cache.parse("r.yaml", TEXT);
        Path entry = entries().get(0);
        Files.write(entry, new byte[] {9, 9, 9});
        assertEquals("x", cache.parse("r.yaml", TEXT).get("id").asString());
        assertTrue(Files.size(entry) > 3, "the entry is written again");
    }

    @Test
    void aSyntaxErrorIsReportedEveryTimeAndNeverCached() throws IOException {
        ParsedRuleCache cache = ParsedRuleCache.in(dir);
        for (int i = 0; i < 2; i++) {
            RuleFileException e = assertThrows(RuleFileException.class, () -> cache.parse("bad.yaml", "a: [1,\n"));
            assertTrue(e.getMessage().startsWith("bad.yaml:"), e.getMessage());
        }
        assertEquals(List.of(), entries());
    }

    @Test
    void aCacheThatCannotBeWrittenIsNotAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        assertEquals("x", ParsedRuleCache.in(file.resolve("cache")).parse("r.yaml", TEXT).get("id").asString());
    }

    @Test
    void theRulesLoadTheSameWithAndWithoutTheCache() throws IOException {
        Path rules = Path.of("rules");
        RuleSet plain = RuleLoader.fromDirectory(rules, "rules");
        ParsedRuleCache cache = ParsedRuleCache.in(dir);
        RuleSet first = RuleLoader.fromDirectory(rules, "rules", cache);
        int entries = entries().size();
        assertTrue(entries > 10, "every rule and lexicon file is cached");
        RuleSet second = RuleLoader.fromDirectory(rules, "rules", cache);
        assertEquals(entries, entries().size(), "the second load reads the entries");
        assertEquals(plain.rules().toString(), first.rules().toString());
        assertEquals(plain.rules().toString(), second.rules().toString());
        // (arrays print as identities: compare the rest)
        assertEquals(plain.lexicon().toString().replaceAll("\\[D@\\p{XDigit}+", "[D"),
                second.lexicon().toString().replaceAll("\\[D@\\p{XDigit}+", "[D"));
        assertEquals(plain.digest(), second.digest());
    }
}
