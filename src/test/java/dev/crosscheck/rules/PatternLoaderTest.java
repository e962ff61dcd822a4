package dev.crosscheck.rules;

import dev.crosscheck.pattern.Match;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pattern files: what they compile to, and errors at their file and line. */
class PatternLoaderTest {

    @TempDir
    Path tmp;

    private RuleSet withPattern(String name, String yaml) throws IOException {
        Path dir = tmp.resolve("mine");
        Files.createDirectories(dir.resolve("patterns"));
        Files.writeString(dir.resolve("patterns").resolve(name), yaml);
        return RuleLoader.layered(List.of(RuleFolder.BUILT_IN, RuleFolder.of(dir, "mine")), ParsedRuleCache.none());
    }

    private RuleFileException error(String yaml) {
        return assertThrows(RuleFileException.class, () -> withPattern("p.yaml", yaml));
    }

    @Test
    void theBuiltInPatternsLoadWithTheirVocabulary() {
        PatternDefinition zero = RuleLoader.builtIn().lexicon().patterns().get("zero-word");
        assertEquals("built-in rules/patterns/zero-word.yaml", zero.file());
        assertTrue(zero.examples().stream().anyMatch(PatternDefinition.Example::mustMatch));
        assertTrue(zero.examples().stream().anyMatch(e -> !e.mustMatch()));
    }

    @Test
    void aFolderPatternWithABuiltInIdReplacesItAndReadsItsOwnList() throws IOException {
        RuleSet set = withPattern("zero-word.yaml", "id: zero-word\ntokens:\n  - {phrase: [not one], capture: zero}\n");
        dev.crosscheck.pattern.TokenPattern p = set.lexicon().pattern("zero-word");
        dev.crosscheck.pattern.TokenSequence t = new dev.crosscheck.extract.TokenList(List.of(
                new dev.crosscheck.nlp.Token("Not", 0, 3, "PART", "not"), new dev.crosscheck.nlp.Token("one", 4, 7, "NUM", "one")), new java.util.BitSet());
        assertEquals(List.of(new Match(0, 2, java.util.Map.of("zero", new Match.Span(0, 2)))), p.findAll(t));
        dev.crosscheck.pattern.TokenSequence nobody = new dev.crosscheck.extract.TokenList(List.of(
                new dev.crosscheck.nlp.Token("nobody", 0, 6, "PRON", "nobody")), new java.util.BitSet());
        assertEquals(List.of(), p.findAll(nobody), "the built-in list no longer applies");
        assertEquals(1, RuleLoader.builtIn().lexicon().pattern("zero-word").findAll(nobody).size(),
                "the control: the built-in pattern matches it");
    }

    @Test
    void anUnknownKeyOrOperatorIsReportedAtItsLine() {
        RuleFileException key = error("id: p\ntokens:\n  - {lowr: no}\n");
        assertEquals("mine/patterns/p.yaml:3: unknown key 'lowr'", key.getMessage().substring(0,
                key.getMessage().indexOf(" (")));
        RuleFileException op = error("id: p\ntokens:\n  - lower: no\n    op: '{2}'\n");
        assertEquals("mine/patterns/p.yaml:4: op must be ?, *, + or {m,n}, got '{2}'", op.getMessage());
    }

    @Test
    void aVocabularyReferenceMustNameAListOfALexiconFile() {
        assertEquals("mine/patterns/p.yaml:3: '$quantities.zero-wordz': no key 'zero-wordz' in lexicon/quantities.yaml",
                error("id: p\ntokens:\n  - {phrase: $quantities.zero-wordz}\n")
                .getMessage());
        assertEquals("mine/patterns/p.yaml:3: unknown lexicon file in '$quantitys.zero-words' (lexicon/quantitys.yaml)",
                error("id: p\ntokens:\n  - {phrase: $quantitys.zero-words}\n").getMessage());
        assertTrue(error("id: p\ntokens:\n  - {lower: $quantities.measures}\n").getMessage()
                .contains("'$quantities.measures' is not a list"));
    }

    @Test
    void theIdIsTheFileNameAndCapturesAndExamplesAgree() {
        assertEquals("mine/patterns/p.yaml:1: pattern id 'q' must be the file's name ('p')",
                error("id: q\ntokens:\n  - {lower: no}\n").getMessage());
        assertEquals("mine/patterns/p.yaml:4: capture 'x' is named twice",
                error("id: p\ntokens:\n  - {lower: no, capture: x}\n  - {lower: one, capture: x}\n").getMessage());
        assertEquals("mine/patterns/p.yaml:6: the pattern has no capture 'y'", error("id: p\ntokens:\n"
                + "  - {lower: no, capture: x}\nexamples:\n  match:\n    - {text: No., captures: {y: No}}\n").getMessage());
        assertTrue(error("id: p\ntokens:\n  - {gap: 9}\n").getMessage().endsWith("gap must be between 1 and 8, got 9"));
    }
}
