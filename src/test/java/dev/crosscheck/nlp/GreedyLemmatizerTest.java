package dev.crosscheck.nlp;

import dev.crosscheck.load.ArticleLoader;
import dev.crosscheck.load.InputFiles;
import dev.crosscheck.pipeline.TestPipeline;
import opennlp.tools.lemmatizer.LemmatizerME;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Greedy decoding must give exactly the lemmas of OpenNLP's default beam search on the seeds. */
class GreedyLemmatizerTest {

    @Test
    void greedyLemmasEqualBeamLemmasOnEverySeedSentence() {
        NlpModels models = TestPipeline.models();
        ArticleLoader loader = new ArticleLoader(TestPipeline.rules().lexicon());
        Annotator annotator = new Annotator(models, TestPipeline.rules().lexicon().names().glueWords());
        LemmatizerME beam = new LemmatizerME(models.lemmas());
        GreedyLemmatizer greedy = new GreedyLemmatizer(models.lemmas());
        int tokens = 0;
        for (InputFiles.Input in : InputFiles.expand(List.of("seeds"))) {
            for (Sentence s : annotator.annotate(loader.load(in.path(), in.source())).sentences()) {
                String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
                String[] tags = s.tokens().stream().map(Token::pos).toArray(String[]::new);
                assertArrayEquals(beam.lemmatize(words, tags), greedy.lemmatize(words, tags), s.text());
                tokens += words.length;
            }
        }
        assertTrue(tokens > 2000, "the seeds have thousands of tokens, got " + tokens);
    }

    @Test
    void greedyLemmatizerIsUsableFromSeveralThreads() throws InterruptedException {
        GreedyLemmatizer greedy = new GreedyLemmatizer(TestPipeline.models().lemmas());
        String[] words = {"The", "ministers", "were", "meeting", "for", "hours"};
        String[] tags = {"DET", "NOUN", "AUX", "VERB", "ADP", "NOUN"};
        String[] expected = new LemmatizerME(TestPipeline.models().lemmas()).lemmatize(words, tags);
        String[][] got = new String[4][];
        Thread[] ts = new Thread[got.length];
        for (int i = 0; i < ts.length; i++) {
            int k = i;
            ts[i] = new Thread(() -> {
                for (int r = 0; r < 200; r++) {
                    got[k] = greedy.lemmatize(words, tags);
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        for (String[] g : got) {
            assertArrayEquals(expected, g);
        }
    }
}
