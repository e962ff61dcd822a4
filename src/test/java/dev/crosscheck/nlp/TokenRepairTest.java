package dev.crosscheck.nlp;

import opennlp.tools.util.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenRepairTest {

    private static final List<String> GLUE = List.of("afterwards", "said", "and", "for", "who");

    /** Repairs one whitespace-free token of {@code article}'s sentence and joins the parts with '|'. */
    private static String repair(String token, String article) {
        TokenRepair r = new TokenRepair(GLUE, TokenRepair.standaloneWords(article), Set.of("two", "seven"));
        List<String> parts = new ArrayList<>();
        for (Span s : r.repair(token, new Span[] {new Span(0, token.length())})) {
            parts.add(s.getCoveredText(token).toString());
        }
        return String.join("|", parts);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Yifor;Wang Yi met Blinken. Wang Yifor about three hours.;Yi|for",
        "GangAfterwards;Chen GangAfterwards the two;Gang|Afterwards",
        "conflictsaid;cooperation and conflict. and conflictsaid Wang;conflict|said",
        "China’s;China’s top diplomat;China|’s",
        "issue“;the Taiwan issue“;issue|“",
        "relations.according;bilateral relations.according to;relations|.|according",
        "-US;China-US ties;-|US",
        "hour-;an hour-long meeting;hour|-",
        "seven-hour;a seven-hour meeting;seven|-|hour",
        "Seven-hour;Seven-hour talks;Seven|-|hour",
        "well-known;a well-known envoy;well-known",
        "-;a dash - here;-",
        "--;a dash -- here;--",
        "30-minute-long;a 30-minute-long talk;30|-|minute-long",
        "Ferdinand;Ferdinand spoke;Ferdinand",
        "Stafford;Stafford said;Stafford",
        "McDonald;McDonald met Donald;McDonald",
        "U.S.;the U.S. official;U.S.",
        "21-;The 21- foot boat;21|-",
        "30-minute;the 30-minute meeting;30|-|minute",
        "2,000-strong;a 2,000-strong crowd;2,000|-|strong",
        "4½;a 4½ hour flight;4|½",
        "5½-hour;a 5½-hour meeting;5|½|-|hour",
        "½;half: ½;½",
        "B½;a B½ grade;B½",
        "2,053.;The toll reached 2,053.;2,053|.",
        "5.9;a magnitude of 5.9 quake;5.9",
        "U.S.;in the U.S.;U.S."})
    void gluedTokensSplitOnlyWhenTheRestStandsAloneElsewhere(String token, String article, String expected) {
        assertEquals(expected, repair(token, article));
    }
}
