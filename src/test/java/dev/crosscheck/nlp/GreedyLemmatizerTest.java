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
        Annotator annotator = new Annotator(models, TestPipeline.rules().lexicon().names().glueWords(),
                TestPipeline.rules().lexicon().numbers().words().keySet());
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
        // each thread lemmatizes different sentences, so a memo or buffer shared between
        // threads would hand one thread another's lemmas
        String[][] words = {
            {"The", "ministers", "were", "meeting", "for", "hours"},
            {"She", "has", "visited", "the", "flooded", "villages"},
            {"Rescuers", "found", "three", "children", "alive"},
            {"Talks", "ended", "without", "agreements", "on", "tariffs"}};
        String[][] tags = {
            {"DET", "NOUN", "AUX", "VERB", "ADP", "NOUN"},
            {"PRON", "AUX", "VERB", "DET", "ADJ", "NOUN"},
            {"NOUN", "VERB", "NUM", "NOUN", "ADJ"},
            {"NOUN", "VERB", "ADP", "NOUN", "ADP", "NOUN"}};
        GreedyLemmatizer greedy = new GreedyLemmatizer(TestPipeline.models().lemmas());
        LemmatizerME beam = new LemmatizerME(TestPipeline.models().lemmas());
        String[][] got = new String[words.length][];
        boolean[] stable = new boolean[words.length];
        Thread[] ts = new Thread[words.length];
        for (int i = 0; i < ts.length; i++) {
            int k = i;
            ts[i] = new Thread(() -> {
                String[] first = greedy.lemmatize(words[k], tags[k]);
                boolean same = true;
                for (int r = 0; r < 200; r++) {
                    same &= java.util.Arrays.equals(first, greedy.lemmatize(words[k], tags[k]));
                }
                got[k] = first;
                stable[k] = same;
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        for (int k = 0; k < words.length; k++) {
            assertArrayEquals(beam.lemmatize(words[k], tags[k]), got[k], String.join(" ", words[k]));
            assertTrue(stable[k], "lemmas changed between calls on thread " + k);
        }
    }
}
