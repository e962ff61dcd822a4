package dev.crosscheck.resolve;

import dev.crosscheck.pipeline.TestPipeline;
import dev.crosscheck.rules.Lexicon;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StoryClustererTest {

    private static final String FLOOD_A = "Floods hit Valmora. Governor Ilse Marren said the Serra river burst its banks.";
    private static final String FLOOD_B = "In Valmora, Governor Ilse Marren visited shelters as the Serra fell.";
    private static final String TRAIN = "A train derailed near Kessel. Minister Dario Lenz visited Ostrava Junction.";

    private static List<Integer> stories(String... texts) {
        return TestPipeline.check(texts).corpus().stories();
    }

    @Test
    void articlesSharingNamesAreOneStoryAndOthersTheirOwn() {
        assertEquals(List.of(0, 0, 2), stories(FLOOD_A, FLOOD_B, TRAIN));
        assertEquals(List.of(0, 1, 0), stories(FLOOD_A, TRAIN, FLOOD_B));
    }

    @Test
    void storiesAreConnectedGroups() {
        String bridge = "Governor Ilse Marren met Minister Dario Lenz near Kessel and Valmora.";
        assertEquals(List.of(0, 0, 0), stories(FLOOD_A, bridge, TRAIN));
    }

    @Test
    void aShortTextLinksByItsOnlyName() {
        assertEquals(List.of(0, 0), stories("Forty people died in Ostra.", "Twelve people were killed in Ostra."));
        assertEquals(List.of(0, 1), stories("Forty people died in Ostra.", "Twelve people were killed in Brenn."));
    }

    @Test
    void aNameInTooManyArticlesLinksNothing() {
        var claims = TestPipeline.check(FLOOD_A, FLOOD_B).corpus();
        StoryClusterer strict = new StoryClusterer(new Lexicon.Stories(2, 0.2, 1));
        assertEquals(List.of(0, 1), strict.cluster(claims.articles(), claims.personOf()));
        StoryClusterer usual = new StoryClusterer(new Lexicon.Stories(2, 0.2, 50));
        assertEquals(List.of(0, 0), usual.cluster(claims.articles(), claims.personOf()));
    }
}
