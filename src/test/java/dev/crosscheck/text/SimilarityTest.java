package dev.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.text.Similarity.TransliterationKey;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimilarityTest {

    // ---- distance ------------------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] \"{0}\" vs \"{1}\" = {2}")
    @CsvSource({
        "'',        '',          0",
        "'',        abc,         3",
        "abc,       '',          3",
        "abc,       abc,         0",
        "ab,        ba,          1",
        "ca,        abc,         3",
        "kitten,    sitting,     3",
        "antony,    anthony,     1",
        "uighur,    uyghur,      1",
        "receive,   recieve,     1",
        "chen,      qin,         3",
        "flaw,      lawn,        2",
        "abcdef,    badcfe,      3",
        "a,         b,           1",
        "Xi,        xi,          1",
        "naïve,     naive,       1",
        "zelensky,  zelenskyy,   1",
        "zelenskiy, zelensky,    1",
    })
    void computesOptimalStringAlignmentDistance(String a, String b, int expected) {
        assertEquals(expected, Similarity.distance(a, b, 100));
        assertEquals(expected, Similarity.distance(b, a, 100));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" vs \"{1}\" with max {2} = {3}")
    @CsvSource({
        "kitten,   sitting,   3,  3",
        "kitten,   sitting,   2,  3",
        "kitten,   sitting,   0,  1",
        "abc,      abc,       0,  0",
        "abc,      abd,       0,  1",
        "ab,       ba,        0,  1",
        "ab,       ba,        1,  1",
        "'',       abcdef,    2,  3",
        "'',       ab,        2,  2",
        "abcdefgh, zyxwvuts,  3,  4",
        "ca,       abc,       2,  3",
        "short,    muchlongerword, 4, 5",
    })
    void returnsMaxPlusOneWhenTheDistanceExceedsMax(String a, String b, int max, int expected) {
        assertEquals(expected, Similarity.distance(a, b, max));
    }

    @Test
    void acceptsTheLargestMaxWithoutOverflow() {
        assertEquals(3, Similarity.distance("kitten", "sitting", Integer.MAX_VALUE));
    }

    @Test
    void countsCodePointsNotChars() {
        String smile = new String(Character.toChars(0x1F600));
        String grin = new String(Character.toChars(0x1F601));
        assertEquals(1, Similarity.distance("a" + smile, "a" + grin, 5));
        assertEquals(1, Similarity.distance(smile + grin, grin + smile, 5));
    }

    @Test
    void rejectsNegativeMax() {
        assertThrows(IllegalArgumentException.class, () -> Similarity.distance("a", "b", -1));
    }

    @Test
    void agreesWithAFullTableOnRandomWords() {
        Random random = new Random(42);
        for (int n = 0; n < 2_000; n++) {
            String a = randomWord(random);
            String b = randomWord(random);
            int full = referenceOsa(a, b);
            for (int max = 0; max <= 8; max++) {
                int expected = full <= max ? full : max + 1;
                assertEquals(expected, Similarity.distance(a, b, max), a + " / " + b + " max " + max);
            }
        }
    }

    private static String randomWord(Random random) {
        int length = random.nextInt(8);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + random.nextInt(4)));
        }
        return sb.toString();
    }

    /** Textbook full-matrix optimal string alignment distance. */
    private static int referenceOsa(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    // ---- TransliterationKey --------------------------------------------------------------------

    private static final TransliterationKey KEY = new TransliterationKey(List.of(
            Map.entry("th", "t"), Map.entry("ph", "f"), Map.entry("y", "i"), Map.entry("ou", "u")));

    @ParameterizedTest(name = "[{index}] \"{0}\" ~ \"{1}\"")
    @CsvSource({
        "Anthony,   Antony",
        "Uighur,    Uyghur",
        "Stephen,   Stefen",
        "Mohammed,  Mohamed",
        "Zelenskyy, Zelenskiy",
        "Zelensky,  Zelenskyy",
        "Phillip,   Filip",
        "Tsipouras, Tsipuras",
        "ANTHONY,   anthony",
    })
    void givesTransliterationVariantsTheSameKey(String a, String b) {
        assertEquals(KEY.key(a), KEY.key(b));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" !~ \"{1}\"")
    @CsvSource({
        "Chen,    Qin",
        "Biden,   Boden",
        "Li,      Lee",
        "Xi,      Si",
    })
    void keepsDifferentNamesApart(String a, String b) {
        assertNotEquals(KEY.key(a), KEY.key(b));
    }

    @ParameterizedTest(name = "[{index}] key(\"{0}\") = \"{1}\"")
    @CsvSource({
        "Anthony,     antoni",
        "Uyghur,      uighur",
        "Philippa,    filipa",
        "Aaron,       aron",
        "Gaddafi,     gadafi",
        "'',          ''",
        "1100,        1100",
        "Jean-Luc,    jean-luc",
    })
    void appliesReplacementsInOrderThenCollapsesRepeatedLetters(String word, String key) {
        assertEquals(key, KEY.key(word));
    }

    @Test
    void appliesReplacementsOneAfterAnother() {
        TransliterationKey chained = new TransliterationKey(List.of(Map.entry("ph", "f"), Map.entry("f", "v")));
        assertEquals("vilip", chained.key("Philip"));
        TransliterationKey reversed = new TransliterationKey(List.of(Map.entry("f", "v"), Map.entry("ph", "f")));
        assertEquals("filip", reversed.key("Philip"));
    }

    @Test
    void supportsRegexGroupsAndAnchors() {
        TransliterationKey key = new TransliterationKey(List.of(
                Map.entry("^(ts|tz)", "z"), Map.entry("([aeiou])h$", "$1")));
        assertEquals("zipra", key.key("Tsiprah"));
        assertEquals("mitsa", key.key("Mitsah"));
    }

    @Test
    void collapsesRepeatsCreatedByReplacements() {
        TransliterationKey key = new TransliterationKey(List.of(Map.entry("y", "i")));
        assertEquals("zelenski", key.key("Zelenskyi"));
    }

    @Test
    void withoutReplacementsOnlyLowerCasesAndCollapses() {
        assertEquals("mohamed", new TransliterationKey(List.of()).key("MOHAMMED"));
    }

    @Test
    void rejectsInvalidExpressions() {
        assertThrows(PatternSyntaxException.class, () -> new TransliterationKey(List.of(Map.entry("(", "x"))));
    }

    // ---- isSuffixExtension ---------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] \"{0}\" / \"{1}\" within {2} -> {3}")
    @CsvSource({
        "america,  american,   3, true",
        "american, america,    3, true",
        "taiwan,   taiwanese,  3, true",
        "Taiwan,   TAIWANESE,  3, true",
        "taiwan,   taiwanese,  2, false",
        "iran,     iranian,    3, true",
        "america,  america,    3, false",
        "china,    chinese,    3, false",
        "antony,   anthony,    3, false",
        "'',       abc,        3, false",
        "'',       '',         3, false",
        "israel,   israeli,    0, false",
        "israel,   israeli,    1, true",
        "obama,    obamacare,  3, false",
    })
    void recognisesTrailingExtensionsWithinTheLimit(String a, String b, int maxExtra, boolean expected) {
        assertEquals(expected, Similarity.isSuffixExtension(a, b, maxExtra));
    }

    @Test
    void countsExtraCodePointsNotChars() {
        String emoji = new String(Character.toChars(0x1F600));
        assertTrue(Similarity.isSuffixExtension("kyiv", "kyiv" + emoji, 1));
    }

    @Test
    void rejectsNegativeMaxExtra() {
        assertThrows(IllegalArgumentException.class, () -> Similarity.isSuffixExtension("a", "ab", -1));
    }
}
