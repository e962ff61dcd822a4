package dev.crosscheck.load;

import dev.crosscheck.rules.Lexicon;
import dev.crosscheck.rules.Lexicon.BoilerplatePattern;
import dev.crosscheck.rules.RuleLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Patterns that can only match at a line start are tried at line starts only; that must find
 * exactly what {@code Matcher.find()} finds. Each shipped line-anchored pattern is run both ways
 * (the same regex wrapped in a group is not recognised as anchored, so it runs with find()).
 */
class BoilerplateLineAnchorTest {

    private static final int FLAGS = Pattern.MULTILINE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @ParameterizedTest(name = "[{index}] anchored: {0}")
    @ValueSource(strings = {"^a", "^\\s*(?:read more|see also)\\b.*$", "^[|]x", "^a\\|b", "^(?<=x)a"})
    void recognisesPatternsThatStartAtALineStart(String regex) {
        assertTrue(Boilerplate.isLineAnchored(Pattern.compile(regex, FLAGS)));
    }

    @ParameterizedTest(name = "[{index}] not anchored: {0}")
    @ValueSource(strings = {"a", "^a|b", "(?:^a)", "\\^a", "^a\\Q|\\E", "^a[x]|b", " ^a"})
    void doubtfulOrUnanchoredPatternsRunEverywhere(String regex) {
        assertFalse(Boilerplate.isLineAnchored(Pattern.compile(regex, FLAGS)));
    }

    @Test
    void needsMultiLineModeAndPlainLineEnds() {
        assertFalse(Boilerplate.isLineAnchored(Pattern.compile("^a", Pattern.CASE_INSENSITIVE)));
        assertFalse(Boilerplate.isLineAnchored(Pattern.compile("^a", Pattern.MULTILINE | Pattern.UNIX_LINES)));
        assertFalse(Boilerplate.isLineAnchored(Pattern.compile("^a", Pattern.MULTILINE | Pattern.COMMENTS)));
    }

    @Test
    void shippedPatternsFindTheSameAtLineStartsAsEverywhere() throws IOException {
        Lexicon lexicon = RuleLoader.fromDirectory(Path.of("rules"), "rules").lexicon();
        List<String> texts = new ArrayList<>(tricky());
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path f : seeds.sorted().toList()) {
                texts.add(Files.readString(f).replace("\r\n", "\n"));
            }
        }
        int anchored = 0;
        for (BoilerplatePattern p : lexicon.boilerplate()) {
            if (!Boilerplate.isLineAnchored(p.regex())) {
                continue;
            }
            anchored++;
            BoilerplatePattern everywhere = new BoilerplatePattern(p.name(), p.scope(), p.caption(),
                    Pattern.compile("(?:" + p.regex().pattern() + ")", p.regex().flags()));
            assertFalse(Boilerplate.isLineAnchored(everywhere.regex()));
            for (String text : texts) {
                LineIndex lines = LineIndex.of(text);
                assertEquals(new Boilerplate(List.of(everywhere)).segments(text, lines, 0),
                        new Boilerplate(List.of(p)).segments(text, lines, 0), p.name() + " on: " + text);
            }
        }
        assertTrue(anchored >= 5, "most shipped patterns are line-anchored: " + anchored);
    }

    private static List<String> tricky() {
        return List.of("", "\n", "Read more:\n", "Read more: x", "a\nRead more: link\nb",
                "Story.\n\nRead on:\n\n- one\n- two\n\nNext paragraph.",
                "x\u2028Read more: y\u2029See also: z\u0085Back to top",
                "Leave a reply\nname\nemail", "text\n3 comments\n",
                "  see also  other\r\nBy: Jane Doe\n", "Related\nRelated\nRelated");
    }
}
