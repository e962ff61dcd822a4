package dev.crosscheck.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AgeExtractorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The 58-year-old governor Ilse Marren visited the shelters.|58",
        "Governor Ilse Marren, 63, visited the shelters.|63",
        "Ilse Marren, aged 61, spoke to reporters.|61",
        "Ilse Marren, a 58-year-old former teacher, spoke.|58"})
    void anAgeNextToAPersonIsThatPersonsAge(String text, int age) {
        ArticleClaims c = Extracting.extract(text);
        assertEquals(1, c.ages().size(), () -> c.ages().toString());
        AgeClaim a = c.ages().get(0);
        assertEquals(age, a.age());
        assertEquals("Ilse Marren", c.persons().get(a.person()).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A 63-year-old man died, Governor Ilse Marren said.",
        "Governor Ilse Marren met a 63-year-old farmer.",
        "The 300-year-old bridge collapsed, Ilse Marren said.",
        "Of the victims, 63 were children, Ilse Marren said.",
        "In the province of Ilse Marren, 1,351 people died.",
        "A photograph shows Ilse Marren kissing a 12-year-old girl."})
    void anAgeOfSomeoneOrSomethingElseIsNoClaim(String text) {
        assertEquals(List.of(), Extracting.extract(text).ages());
    }
}
