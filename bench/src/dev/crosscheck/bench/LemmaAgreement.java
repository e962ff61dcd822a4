package dev.crosscheck.bench;

import dev.crosscheck.nlp.GreedyLemmatizer;
import dev.crosscheck.nlp.NlpModels;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Beam (OpenNLP default, 3) against crosscheck's greedy, memoised lemmatization on a corpus, single thread:
 * how many tokens get a different lemma, and the time each takes. Usage: {@code LemmaAgreement DIR [MAXFILES]}.
 */
public final class LemmaAgreement {

    public static void main(String[] args) throws Exception {
        NlpModels models = NlpModels.load();
        SentenceDetectorME sd = new SentenceDetectorME(models.sentences());
        TokenizerME tok = new TokenizerME(models.tokens());
        POSTaggerME pos = new POSTaggerME(models.pos());
        LemmatizerME beam = new LemmatizerME(models.lemmas());
        GreedyLemmatizer greedy = new GreedyLemmatizer(models.lemmas());
        int max = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        List<String[][]> sentences = new ArrayList<>();
        long posNanos = 0;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().limit(max).toList()) {
                for (String line : Files.readString(p, StandardCharsets.UTF_8).split("\n")) {
                    for (String sent : line.isBlank() ? new String[0] : sd.sentDetect(line)) {
                        String[] w = tok.tokenize(sent);
                        if (w.length > 0) {
                            long t = System.nanoTime();
                            String[] tags = pos.tag(w);
                            posNanos += System.nanoTime() - t;
                            sentences.add(new String[][] {w, tags});
                        }
                    }
                }
            }
        }
        long tokens = 0;
        long differ = 0;
        long beamNanos = 0;
        long greedyNanos = 0;
        for (String[][] st : sentences) {
            long t0 = System.nanoTime();
            String[] a = beam.lemmatize(st[0], st[1]);
            long t1 = System.nanoTime();
            String[] b = greedy.lemmatize(st[0], st[1]);
            long t2 = System.nanoTime();
            beamNanos += t1 - t0;
            greedyNanos += t2 - t1;
            tokens += a.length;
            for (int i = 0; i < a.length; i++) {
                if (!a[i].equals(b[i])) {
                    differ++;
                    if (differ <= 10) {
                        System.out.println("differs: " + st[0][i] + " beam=" + a[i] + " greedy=" + b[i] + " in "
                                + Arrays.toString(st[0]));
                    }
                }
            }
        }
        System.out.printf("lemmas sentences=%d tokens=%d differing=%d pos=%.2fs beam=%.2fs greedy=%.2fs "
                + "(one thread; beam/pos=%.1f greedy/pos=%.2f)%n", sentences.size(), tokens, differ, posNanos / 1e9,
                beamNanos / 1e9, greedyNanos / 1e9, (double) beamNanos / posNanos, (double) greedyNanos / posNanos);
    }
}
