package dev.crosscheck.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extractors hold mechanisms only: no word of the rules' language is spelled in their code
 * (comments aside). Words come from the lexicon: topic files, {@code grammar.yaml} sets, patterns.
 */
class ExtractorSourcesTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/crosscheck/extract");
    /** Universal Dependencies part-of-speech tags: labels of the tagger, not words. */
    private static final Set<String> POS_TAGS = Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN",
            "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");
    /** Internal keys that are not text: the prefix of a counted noun's measure ("count:bomb"). */
    private static final Set<String> KEYS = Set.of("count:");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** A set or pattern asked for by its name: the name is an id in the rules, not a word of the text. */
    private static final Pattern BY_NAME = Pattern.compile("\\.(?:words|pattern)\\(\\s*$");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

    @Test
    void noExtractorSourceSpellsAWord() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                for (String w : wordLiterals(Files.readString(f, StandardCharsets.UTF_8))) {
                    found.add(f.getFileName() + ": " + w);
                }
            }
        }
        assertTrue(found.isEmpty(), () -> "word literals in extract/: " + found);
    }

    @Test
    void theScanFindsWordsInCodeButNotInCommentsTagsOrNames() {
        String source = """
                /** "the" in a comment */
                class X {
                    // "of" in a line comment
                    boolean a = t.lower().equals("the") && "NOUN".equals(pos);
                    Set<String> s = lexicon.words("definite-articles");
                    String c = "a \\"quoted\\" of";
                }
                """;
        assertEquals(List.of("the", "a \\\"quoted\\\" of"), wordLiterals(source));
    }

    /** String literals of code (comments removed) with two letters in a row, except tags, keys and ids. */
    static List<String> wordLiterals(String source) {
        String code = withoutComments(source);
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(code);
        while (m.find()) {
            String lit = m.group(1);
            if (!LETTERS.matcher(lit).find() || POS_TAGS.contains(lit) || KEYS.contains(lit)
                    || BY_NAME.matcher(code.substring(0, m.start())).find()) {
                continue;
            }
            out.add(lit);
        }
        return out;
    }

    /** The source with block and line comments blanked (string literals are kept whole). */
    private static String withoutComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != '"') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(s, i, Math.min(s.length(), j + 1));
                i = j + 1;
            } else if (c == '\'' && i + 2 < s.length()) {
                int j = s.indexOf('\'', i + (s.charAt(i + 1) == '\\' ? 3 : 2));
                out.append(s, i, j + 1);
                i = j + 1;
            } else if (s.startsWith("/*", i)) {
                int j = s.indexOf("*/", i + 2);
                i = j < 0 ? s.length() : j + 2;
            } else if (s.startsWith("//", i)) {
                int j = s.indexOf('\n', i);
                i = j < 0 ? s.length() : j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
