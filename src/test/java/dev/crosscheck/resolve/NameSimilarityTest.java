package dev.crosscheck.resolve;

import dev.crosscheck.pipeline.TestPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameSimilarityTest {

    private final NameSimilarity names = new NameSimilarity(TestPipeline.rules().lexicon().names());

    @ParameterizedTest
    @CsvSource({
        "Antony, Anthony, true",
        "Uighur, Uyghur, true",
        "Jinping, Jingping, true",
        "Jong-Un, JongUn, true",
        "Chen, Qin, false",
        "Yi, Ye, false",
        "America, American, false",
        "Taiwan, Taiwanese, false",
        "Blinken, Blinken, false",
        "Austria, Australia, false",
        "Zelensky, Zelenskyy, true",
        "Chinese, Chineses, false",
        "Democrats, Democratic, false",
        "Democrats, Democrets, true"})
    void variantsAreCloseSpellingsOfLongEnoughWords(String a, String b, boolean variant) {
        assertEquals(variant, names.variant(a, b));
    }
}
