package dev.crosscheck.pattern;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The matcher's semantics on hand-made tokens (word/POS pairs; the lemma is the lower case). */
class TokenPatternTest {

    /** "No/DET one/PRON was/AUX killed/VERB" as tokens; "word/POS/q" stands inside quotation marks. */
    private static TokenSequence tokens(String tagged) {
        List<String[]> t = new ArrayList<>();
        for (String w : tagged.split(" ")) {
            t.add(w.split("/"));
        }
        return new TokenSequence() {
            public int size() {
                return t.size();
            }

            public String text(int i) {
                return t.get(i)[0];
            }

            public String lower(int i) {
                return t.get(i)[0].toLowerCase(java.util.Locale.ROOT);
            }

            public String lemma(int i) {
                return lower(i);
            }

            public String pos(int i) {
                return t.get(i)[1];
            }

            public boolean quoted(int i) {
                return t.get(i).length > 2 && t.get(i)[2].equals("q");
            }
        };
    }

    private static TokenSpec one(Attribute a, String... values) {
        return new TokenSpec(List.of(new TokenTest(a, Set.of(values), false)), Optional.empty(), 1, 1, Optional.empty());
    }

    private static TokenSpec spec(TokenSpec s, int min, int max, String capture) {
        return new TokenSpec(s.tests(), s.phrase(), min, max, Optional.ofNullable(capture));
    }

    private static TokenPattern pattern(TokenSpec... specs) {
        return new TokenPattern("p", List.of(specs), "p.yaml:1");
    }

    private static List<String> found(TokenPattern p, TokenSequence t) {
        List<String> out = new ArrayList<>();
        for (Match m : p.findAll(t)) {
            StringBuilder sb = new StringBuilder(m.start() + "-" + m.end());
            new java.util.TreeMap<>(m.captures()).forEach((k, v) -> sb.append(' ').append(k).append('=')
                    .append(v.start()).append('-').append(v.end()));
            out.add(sb.toString());
        }
        return out;
    }

    private static final TokenSequence KILLED = tokens("No/DET one/PRON was/AUX really/ADV killed/VERB ./PUNCT");

    @Test
    void aSequenceOfTestsMatchesAndCaptures() {
        TokenPattern p = pattern(spec(one(Attribute.LOWER, "was"), 1, 1, "aux"), one(Attribute.POS, "ADV"),
                spec(one(Attribute.LEMMA, "killed", "died"), 1, 1, "verb"));
        assertEquals(List.of("2-5 aux=2-3 verb=4-5"), found(p, KILLED));
    }

    @Test
    void aQuotedTestTellsTokensInsideQuotationMarksFromTheRest() {
        TokenSequence t = tokens("No/DET/q one/PRON/q was/AUX/q killed/VERB/q ,/PUNCT he/PRON said/VERB ./PUNCT");
        TokenPattern outside = pattern(one(Attribute.QUOTED, "false"), one(Attribute.LEMMA, "said"));
        assertEquals(List.of("5-7"), found(outside, t));
        TokenPattern killedOutside = pattern(new TokenSpec(List.of(new TokenTest(Attribute.LEMMA, Set.of("killed"), false),
                new TokenTest(Attribute.QUOTED, Set.of("false"), false)), Optional.empty(), 1, 1, Optional.empty()));
        assertEquals(List.of(), found(killedOutside, t), "'killed' stands inside the quote");
        // control: the same pattern finds 'killed' when nothing is quoted
        assertEquals(List.of("4-5"), found(killedOutside, KILLED));
    }

    @Test
    void optionalAndRepeatedTokensBacktrack() {
        TokenPattern optional = pattern(one(Attribute.POS, "AUX"), spec(one(Attribute.POS, "ADV"), 0, 1, null),
                one(Attribute.POS, "VERB"));
        assertEquals(List.of("2-5"), found(optional, KILLED));
        TokenSequence noAdverb = tokens("He/PRON was/AUX killed/VERB");
        assertEquals(List.of("1-3"), found(optional, noAdverb));
        TokenPattern required = pattern(one(Attribute.POS, "AUX"), spec(one(Attribute.POS, "ADV"), 1, 8, null),
                one(Attribute.POS, "VERB"));
        assertEquals(List.of(), found(required, noAdverb), "+ needs one");
        // a greedy repeat gives a token back when the next spec needs it
        TokenPattern greedy = pattern(spec(new TokenSpec(List.of(), Optional.empty(), 0, 8, Optional.empty()), 0, 8,
                "gap"), one(Attribute.POS, "VERB"));
        assertEquals(List.of("0-5 gap=0-4"), found(greedy, KILLED));
    }

    @Test
    void aBoundedGapDoesNotReachFurther() {
        TokenPattern p = pattern(one(Attribute.LOWER, "no"), new TokenSpec(List.of(), Optional.empty(), 0, 2,
                Optional.empty()), one(Attribute.POS, "VERB"));
        assertEquals(List.of(), found(p, KILLED), "three tokens stand between No and killed");
        TokenPattern wider = pattern(one(Attribute.LOWER, "no"), new TokenSpec(List.of(), Optional.empty(), 0, 3,
                Optional.empty()), one(Attribute.POS, "VERB"));
        assertEquals(List.of("0-5"), found(wider, KILLED));
    }

    @Test
    void aNegatedTestRejectsItsValues() {
        TokenSpec notAux = new TokenSpec(List.of(new TokenTest(Attribute.POS, Set.of("AUX", "PUNCT"), true)),
                Optional.empty(), 1, 1, Optional.empty());
        assertEquals(List.of("0-1", "1-2", "3-4", "4-5"), found(pattern(notAux), KILLED));
    }

    @Test
    void aPhraseMatchesItsLongestFormAndLetsTheRestMatch() {
        PhraseSet zero = new PhraseSet(Attribute.LOWER, List.of(List.of("no"), List.of("no", "one")));
        TokenPattern p = pattern(new TokenSpec(List.of(), Optional.of(zero), 1, 1, Optional.of("zero")));
        assertEquals(List.of("0-2 zero=0-2"), found(p, KILLED));
        // the longest form gives way when what follows needs the token
        TokenPattern then = pattern(new TokenSpec(List.of(), Optional.of(zero), 1, 1, Optional.of("zero")),
                one(Attribute.LOWER, "one"));
        assertEquals(List.of("0-2 zero=0-1"), found(then, KILLED));
    }

    @Test
    void matchesDoNotOverlapAndMissesAreEmpty() {
        TokenSequence t = tokens("no/DET no/DET no/DET");
        assertEquals(List.of("0-2", "2-3"), found(pattern(one(Attribute.LOWER, "no"),
                spec(one(Attribute.LOWER, "no"), 0, 1, null)), t));
        assertEquals(List.of(), found(pattern(one(Attribute.LOWER, "yes")), t));
        assertEquals(Map.of(), pattern(one(Attribute.LOWER, "no")).matchAt(t, 0).orElseThrow().captures());
    }

    @Test
    void aPatternThatWouldBacktrackWithoutEndStopsWithinItsStepBudget() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append("a/X ");
        }
        TokenSequence many = tokens(text.toString().strip());
        List<TokenSpec> specs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            specs.add(spec(one(Attribute.LOWER, "a"), 0, 8, null));
        }
        specs.add(one(Attribute.LOWER, "b"));
        TokenPattern hostile = new TokenPattern("hostile", specs, "p.yaml:1");
        // 9^12 paths at each start without the budget; with it, each start gives up after MAX_STEPS
        assertTrue(hostile.findAll(many).isEmpty());
        TokenSequence withB = tokens(text.append("b/X").toString());
        assertEquals(Optional.of(400 - 96), hostile.findAll(withB).stream().map(Match::start).findFirst(),
                "the control: with a b to reach, the same pattern matches (twelve repeats of at most 8 a's)");
    }
}
