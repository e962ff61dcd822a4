package dev.crosscheck.text;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundedRegexTest {

    private static final String HOSTILE_LINE = "a".repeat(29) + "b";

    @Test
    void aCatastrophicPatternIsStoppedWithAMessageNamingThePatternAndWhereItIsWritten() {
        BoundedRegex r = new BoundedRegex(Pattern.compile("(.*a){20}$", Pattern.MULTILINE), "rules/x.yaml:3");
        assertEquals(30, HOSTILE_LINE.length());
        RegexTimeoutException e = assertThrows(RegexTimeoutException.class, () -> r.matcher(HOSTILE_LINE).find());
        assertTrue(e.getMessage().startsWith("pattern '(.*a){20}$' (rules/x.yaml:3) ran longer than 1 s on a "
                + "30-character text and was stopped; simplify it"), e.getMessage());
    }

    @Test
    void replaceAllIsBoundedToo() {
        BoundedRegex r = new BoundedRegex(Pattern.compile("(.*a){20}$"), "f.yaml:1");
        assertThrows(RegexTimeoutException.class, () -> r.replaceAll(HOSTILE_LINE, "x"));
    }

    @Test
    void ordinaryPatternsMatchAsWithoutTheBudget() {
        BoundedRegex r = new BoundedRegex(Pattern.compile("(?<=[a-z]{3})our(?=s?$)"), "f.yaml:1");
        assertEquals("colors", r.replaceAll("colours", "or"));
        BoundedRegex.Bounded m = new BoundedRegex(Pattern.compile("\\d+"), "f.yaml:2").matcher("a 12 b 345");
        assertTrue(m.find());
        assertEquals("12", m.matcher().group());
        assertTrue(m.find());
        assertEquals("345", m.matcher().group());
        assertFalse(m.find());
    }

    @Test
    void aLongLinearScanGetsMoreTimeThanAShortOne() {
        assertEquals(1_000, BoundedRegex.budgetMillis(30));
        assertEquals(1_000, BoundedRegex.budgetMillis(4 << 20));
        assertEquals(4_000, BoundedRegex.budgetMillis(16 << 20));
    }
}
