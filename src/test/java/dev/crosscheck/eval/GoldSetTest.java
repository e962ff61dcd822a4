package dev.crosscheck.eval;

import dev.crosscheck.finding.Category;
import dev.crosscheck.finding.Evidence;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldSetTest {

    private static final String HEADER = "fact,folder,category,label,value_a,where_a,value_b,where_b,note\n";

    private static GoldSet gold(Path dir, String rows) throws IOException {
        Files.writeString(dir.resolve("20.csv"), HEADER + rows, StandardCharsets.UTF_8);
        return GoldSet.read(dir);
    }

    private static Finding finding(Category c, String fileA, int lineA, String valueA, String fileB, int lineB,
                                   String valueB) {
        return new Finding("id", Severity.ERROR, "r", c, "s", new Evidence(valueA, "", fileA, lineA, ""),
                new Evidence(valueB, "", fileB, lineB, ""), "m");
    }

    @Test
    void aRowIsReadWithEveryPlaceOfBothSides(@TempDir Path dir) throws IOException {
        GoldFact f = gold(dir, "20-ecb-01,20-ecb,number,discrepancy,five hurt,01.txt:1;02.txt:3,two people,"
                + "03.txt:2,\"injured, same quake\"\n").facts().get(0);
        assertEquals(Category.NUMBER, f.category());
        assertEquals(GoldFact.Label.DISCREPANCY, f.label());
        assertEquals(List.of(new GoldFact.Location("01.txt", 1), new GoldFact.Location("02.txt", 3)),
                f.a().locations());
        assertEquals("injured, same quake", f.note());
    }

    @Test
    void aBadCategoryOrPlaceNamesTheFileAndLine(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> gold(dir, "x,20-ecb,numbers,discrepancy,a,01.txt:1,b,02.txt:1,n\n"));
        assertTrue(e.getMessage().endsWith("20.csv:2: unknown category 'numbers'"), e.getMessage());
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
                () -> gold(dir, "x,20-ecb,number,discrepancy,a,01.txt,b,02.txt:1,n\n"));
        assertTrue(e2.getMessage().contains("20.csv:2: place must be FILE:LINE"), e2.getMessage());
    }

    @Test
    void aFindingMatchesAFactByFileAndLineOrByValueInEitherOrder(@TempDir Path dir) throws IOException {
        List<GoldFact> facts = gold(dir, "f1,20-ecb,number,discrepancy,five hurt,01.txt:1,two people,03.txt:2,n\n")
                .facts();
        String base = "corpus/20-ecb/";
        assertEquals(Optional.of("f1"), FactMatcher.match(finding(Category.NUMBER, base + "03.txt", 2, "2",
                base + "01.txt", 1, "5"), facts).map(GoldFact::id));
        assertEquals(Optional.of("f1"), FactMatcher.match(finding(Category.NUMBER, base + "01.txt", 9, "five hurt",
                base + "03.txt", 2, "x"), facts).map(GoldFact::id), "same file, same value, other line");
        assertEquals(Optional.empty(), FactMatcher.match(finding(Category.NUMBER, base + "01.txt", 9, "ten dead",
                base + "03.txt", 2, "x"), facts), "same file, other value, other line");
        assertEquals(Optional.empty(), FactMatcher.match(finding(Category.NUMBER, base + "01.txt", 9, "612 hurt",
                base + "03.txt", 2, "x"), gold(dir, "f2,20-ecb,number,discrepancy,5 hurt,01.txt:1,2,03.txt:2,n\n")
                .facts()), "a shared word but another figure");
        assertEquals(Optional.empty(), FactMatcher.match(finding(Category.DATE, base + "01.txt", 1, "five hurt",
                base + "03.txt", 2, "two people"), facts), "other category");
        assertEquals(Optional.empty(), FactMatcher.match(finding(Category.NUMBER, "corpus/20-ecbplus/01.txt", 1,
                "five hurt", base + "03.txt", 2, "two people"), facts), "other folder");
    }

    @Test
    void ofTwoFactsAtTheSameLinesTheFindingMatchesTheOneWithItsValues(@TempDir Path dir) throws IOException {
        List<GoldFact> facts = gold(dir, "school,41-ecb,spelling,discrepancy,Fakhora,01.txt:3,Fakhura,09.txt:2,n\n"
                + "camp,41-ecb,spelling,discrepancy,Jabaliya,01.txt:3,Jabalya,09.txt:2,n\n").facts();
        String base = "corpus/41-ecb/";
        assertEquals(Optional.of("camp"), FactMatcher.match(finding(Category.SPELLING, base + "01.txt", 3, "Jabaliya",
                base + "09.txt", 2, "Jabalya"), facts).map(GoldFact::id));
        assertEquals(Optional.of("school"), FactMatcher.match(finding(Category.SPELLING, base + "09.txt", 2, "Fakhura",
                base + "01.txt", 3, "Fakhora"), facts).map(GoldFact::id));
        assertEquals(Optional.of("school"), FactMatcher.match(finding(Category.SPELLING, base + "01.txt", 3, "Gaza",
                base + "09.txt", 2, "Gazza"), facts).map(GoldFact::id), "neither's values: the first at the lines");
    }
}
