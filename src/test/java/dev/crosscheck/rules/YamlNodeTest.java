package dev.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class YamlNodeTest {

    private static final String FILE = "rules/test.yaml";

    private static YamlNode parse(String... lines) {
        return YamlNode.parse(FILE, String.join("\n", lines) + "\n");
    }

    private static RuleFileException fails(Executable action) {
        return assertThrows(RuleFileException.class, action);
    }

    private static void assertError(RuleFileException e, int line, String detail) {
        assertEquals(FILE, e.file());
        assertEquals(detail, e.detail());
        assertEquals(line, e.line(), "line of: " + e.getMessage());
    }

    @Nested
    class Structure {

        @Test
        void nestedValuesKnowTheirLines() {
            YamlNode root = parse(
                    "# header comment",
                    "id: durations",
                    "match:",
                    "  units:",
                    "    - hours",
                    "    - days",
                    "  note: |",
                    "    first",
                    "    second");

            assertTrue(root.isMap());
            assertEquals(2, root.line());
            assertEquals(2, root.get("id").line());
            assertEquals(4, root.get("match").line());
            YamlNode units = root.get("match").get("units");
            assertTrue(units.isList());
            assertEquals(5, units.asList().get(0).line());
            assertEquals(6, units.asList().get(1).line());
            assertEquals(7, root.get("match").get("note").line());
            assertEquals("first\nsecond\n", root.get("match").get("note").asString());
            assertEquals(FILE, units.asList().get(1).file());
        }

        @Test
        void mapKeepsFileOrder() {
            YamlNode root = parse("zeta: 1", "alpha: 2", "mid: 3");

            assertEquals(List.of("zeta", "alpha", "mid"), List.copyOf(root.asMap().keySet()));
        }

        @Test
        void returnedCollectionsAreUnmodifiable() {
            YamlNode root = parse("a: [x, y]", "b: c");

            assertThrows(UnsupportedOperationException.class, () -> root.asMap().remove("a"));
            assertThrows(UnsupportedOperationException.class, () -> root.get("a").asList().clear());
            assertThrows(UnsupportedOperationException.class, () -> root.get("a").asStringList().add("z"));
        }

        @Test
        void kindPredicatesMatchTheNode() {
            YamlNode root = parse("m: {k: v}", "l: [1]", "s: text");

            assertTrue(root.get("m").isMap());
            assertFalse(root.get("m").isList());
            assertTrue(root.get("l").isList());
            assertFalse(root.get("l").isScalar());
            assertTrue(root.get("s").isScalar());
            assertFalse(root.get("s").isMap());
        }

        @Test
        void emptyDocumentIsAnEmptyMapAtLineOne() {
            for (String text : List.of("", "# only a comment\n", "---\n")) {
                YamlNode root = YamlNode.parse(FILE, text);

                assertTrue(root.isMap(), text);
                assertTrue(root.asMap().isEmpty(), text);
                assertEquals(1, root.line(), text);
                assertEquals("fallback", root.string("missing", "fallback"));
            }
        }

        @Test
        void topLevelListIsAllowed() {
            YamlNode root = parse("- one", "- two");

            assertEquals(List.of("one", "two"), root.asStringList());
        }
    }

    @Nested
    class Scalars {

        @Test
        void yaml11BooleansNumbersAndNullsStayText() {
            YamlNode root = parse(
                    "country: NO",
                    "switch: on",
                    "code: 012",
                    "yes: yes",
                    "tilde: ~",
                    "float: 1.50",
                    "hex: 0x1F");

            assertEquals("NO", root.get("country").asString());
            assertEquals("on", root.get("switch").asString());
            assertEquals("012", root.get("code").asString());
            assertEquals("yes", root.get("yes").asString());
            assertEquals("~", root.get("tilde").asString());
            assertEquals("1.50", root.get("float").asString());
            assertEquals("0x1F", root.get("hex").asString());
        }

        @Test
        void emptyValueIsEmptyTextOnTheKeyLine() {
            YamlNode root = parse("first:", "second: x");

            assertEquals("", root.get("first").asString());
            assertEquals(1, root.get("first").line());
        }

        @Test
        void quotedAndFlowScalarsKeepTheirText() {
            YamlNode root = parse("a: 'it''s'", "b: \"tab\\there\"", "c: [\"x, y\", z]");

            assertEquals("it's", root.get("a").asString());
            assertEquals("tab\there", root.get("b").asString());
            assertEquals(List.of("x, y", "z"), root.get("c").asStringList());
        }

        @Test
        void asIntParsesSignedWholeNumbers() {
            YamlNode root = parse("a: 42", "b: -7", "c: 012", "d: +3");

            assertEquals(42, root.get("a").asInt());
            assertEquals(-7, root.get("b").asInt());
            assertEquals(12, root.get("c").asInt());
            assertEquals(3, root.get("d").asInt());
        }

        @Test
        void asIntRejectsNonNumbersAtTheirLine() {
            YamlNode root = parse("a: 1", "b: twelve", "c: 1.5", "d: 99999999999", "e: [1]");

            assertError(fails(() -> root.get("b").asInt()), 2, "expected a whole number, got 'twelve'");
            assertError(fails(() -> root.get("c").asInt()), 3, "expected a whole number, got '1.5'");
            assertError(fails(() -> root.get("d").asInt()), 4, "whole number out of range: '99999999999'");
            assertError(fails(() -> root.get("e").asInt()), 5, "expected a whole number, got a list");
        }

        @Test
        void asDoubleParsesDecimalsAndExponents() {
            YamlNode root = parse("a: 0.75", "b: -2", "c: 1e3", "d: .5");

            assertEquals(0.75, root.get("a").asDouble());
            assertEquals(-2.0, root.get("b").asDouble());
            assertEquals(1000.0, root.get("c").asDouble());
            assertEquals(0.5, root.get("d").asDouble());
        }

        @Test
        void asDoubleRejectsTextAndSpecialValues() {
            YamlNode root = parse("a: NaN", "b: 1e999", "c: 0.5d", "d: {x: 1}");

            assertError(fails(() -> root.get("a").asDouble()), 1, "expected a number, got 'NaN'");
            assertError(fails(() -> root.get("b").asDouble()), 2, "number out of range: '1e999'");
            assertError(fails(() -> root.get("c").asDouble()), 3, "expected a number, got '0.5d'");
            assertError(fails(() -> root.get("d").asDouble()), 4, "expected a number, got a mapping");
        }

        @Test
        void asBoolAcceptsOnlyTrueAndFalse() {
            YamlNode root = parse("a: true", "b: false", "c: yes", "d: True");

            assertTrue(root.get("a").asBool());
            assertFalse(root.get("b").asBool());
            assertError(fails(() -> root.get("c").asBool()), 3, "expected true or false, got 'yes'");
            assertError(fails(() -> root.get("d").asBool()), 4, "expected true or false, got 'True'");
        }

        @Test
        void asStringOnCollectionFails() {
            YamlNode root = parse("a:", "  - x", "b: {k: v}");

            assertError(fails(() -> root.get("a").asString()), 2, "expected a text value");
            assertError(fails(() -> root.get("b").asString()), 3, "expected a text value");
        }
    }

    @Nested
    class Access {

        @Test
        void missingRequiredKeyFailsAtTheMappingLine() {
            YamlNode root = parse("id: x", "match:", "  unit: hours");

            assertError(fails(() -> root.get("match").get("units")), 3, "missing key 'units'");
        }

        @Test
        void mappingAccessOnOtherNodesFails() {
            YamlNode root = parse("list: [a]", "text: b");

            assertError(fails(() -> root.get("list").get("x")), 1, "expected a mapping");
            assertError(fails(() -> root.get("text").opt("x")), 2, "expected a mapping");
            assertError(fails(() -> root.get("text").asMap()), 2, "expected a mapping");
            assertError(fails(() -> root.get("text").requireOnlyKeys("a")), 2, "expected a mapping");
        }

        @Test
        void optIsEmptyForAbsentKey() {
            YamlNode root = parse("a: 1");

            assertTrue(root.opt("a").isPresent());
            assertTrue(root.opt("b").isEmpty());
        }

        @Test
        void scalarIsNotTreatedAsOneItemList() {
            YamlNode root = parse("units: hours");

            assertError(fails(() -> root.get("units").asList()), 1, "expected a list");
            assertError(fails(() -> root.strings("units")), 1, "expected a list");
        }

        @Test
        void stringListRejectsNestedCollectionsAtTheItemLine() {
            YamlNode root = parse("units:", "  - hours", "  - [days]");

            assertError(fails(() -> root.get("units").asStringList()), 3, "expected a text value");
        }

        @Test
        void convenienceGettersUseDefaultsOnlyForAbsentKeys() {
            YamlNode root = parse("name: x", "count: 3", "weight: 0.25", "strict: false", "tags: [a, b]");

            assertEquals("x", root.string("name", "d"));
            assertEquals("d", root.string("other", "d"));
            assertEquals(3, root.integer("count", 9));
            assertEquals(9, root.integer("other", 9));
            assertEquals(0.25, root.decimal("weight", 1.0));
            assertEquals(1.0, root.decimal("other", 1.0));
            assertFalse(root.bool("strict", true));
            assertTrue(root.bool("other", true));
            assertEquals(List.of("a", "b"), root.strings("tags"));
            assertEquals(List.of(), root.strings("other"));
        }

        @Test
        void convenienceGettersStillValidatePresentValues() {
            YamlNode root = parse("count: many", "strict: on");

            assertError(fails(() -> root.integer("count", 1)), 1, "expected a whole number, got 'many'");
            assertError(fails(() -> root.bool("strict", false)), 2, "expected true or false, got 'on'");
        }

        @Test
        void requireOnlyKeysAcceptsKnownKeys() {
            YamlNode root = parse("id: x", "severity: error");

            root.requireOnlyKeys("id", "severity", "category");
            assertEquals("x", root.get("id").asString());
        }

        @Test
        void requireOnlyKeysReportsUnknownKeyAtItsLine() {
            YamlNode root = parse("id: x", "severity: error", "severty: warning");

            assertError(fails(() -> root.requireOnlyKeys("id", "severity", "category")), 3,
                    "unknown key 'severty' (expected one of: id, severity, category)");
        }

        @Test
        void requireOnlyKeysUsesTheKeyLineNotTheValueLine() {
            YamlNode root = parse("id: x", "extra:", "  - a");

            assertError(fails(() -> root.requireOnlyKeys("id")), 2,
                    "unknown key 'extra' (expected one of: id)");
        }

        @Test
        void errorIsLocatedAtTheNodeAndNotThrown() {
            YamlNode root = parse("id: x", "severity: fatal");

            RuleFileException e = root.get("severity").error("unknown severity 'fatal'");

            assertEquals("rules/test.yaml:2: unknown severity 'fatal'", e.getMessage());
        }
    }

    @Nested
    class InvalidFiles {

        @Test
        void duplicateKeyFailsAtTheSecondOccurrence() {
            RuleFileException e = fails(() -> parse("id: a", "match:", "  unit: x", "  unit: y"));

            assertError(e, 4, "duplicate key 'unit'");
        }

        @Test
        void duplicateKeyIsDetectedAcrossQuotingStyles() {
            RuleFileException e = fails(() -> parse("1: a", "'1': b"));

            assertError(e, 2, "duplicate key '1'");
        }

        @Test
        void syntaxErrorReportsLineAndFirstLineOfTheProblem() {
            RuleFileException e = fails(() -> parse("id: a", "match: 1", "  unit: x"));

            assertError(e, 3, "mapping values are not allowed here");
            assertEquals("rules/test.yaml:3: mapping values are not allowed here", e.getMessage());
        }

        @Test
        void unclosedFlowSequenceReportsWhereTheInputEnded() {
            RuleFileException e = fails(() -> parse("id: a", "units: [hours, days"));

            assertEquals(3, e.line());
            assertFalse(e.detail().contains("\n"), e.detail());
            assertTrue(e.detail().startsWith("expected ',' or ']'"), e.detail());
        }

        @Test
        void tabIndentationIsASyntaxError() {
            RuleFileException e = fails(() -> parse("id: a", "\tunit: x"));

            assertEquals(2, e.line());
            assertFalse(e.detail().contains("\n"), e.detail());
        }

        @Test
        void moreThanOneDocumentIsRejected() {
            RuleFileException e = fails(() -> parse("id: a", "---", "id: b"));

            assertError(e, 2, "expected a single document in the stream, but found another document");
        }

        @Test
        void controlCharacterIsReportedWithItsLine() {
            RuleFileException e = fails(() -> parse("id: a", "name: b\u0001"));

            assertError(e, 2, "special character U+0001 is not allowed");
        }

        @Test
        void anchorsAndAliasesAreRejected() {
            RuleFileException e = fails(() -> parse("base: &b {unit: hours}", "copy: *b"));

            assertError(e, 1, "anchors and aliases are not supported");
        }

        @Test
        void collectionKeysAreRejected() {
            RuleFileException e = fails(() -> parse("id: a", "? [x, y]", ": value"));

            assertError(e, 2, "expected a text key");
        }
    }
}
