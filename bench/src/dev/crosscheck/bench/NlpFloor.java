package dev.crosscheck.bench;

import dev.crosscheck.nlp.NlpModels;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The NLP floor: what any OpenNLP-based checker must spend on a corpus. Loads the same models
 * the same way ({@link NlpModels}), reads every {@code *.txt} of a folder and runs only sentence
 * detection (per line, as crosscheck does per segment), tokenization and POS tagging with the same
 * ThreadSafe* classes on a pool of the same size. No boilerplate cutting, token repair,
 * lemmatization, claims, comparison or report.
 *
 * <p>Usage: {@code NlpFloor DIR [THREADS]}; {@code NlpFloor --models-only} only starts the JVM
 * and loads the models (the start-up floor of {@code crosscheck check}).
 */
public final class NlpFloor {

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        NlpModels models = NlpModels.load();
        long t1 = System.nanoTime();
        if (args[0].equals("--models-only")) {
            System.out.printf("models-only load=%.3fs%n", (t1 - t0) / 1e9);
            return;
        }
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        ThreadSafeSentenceDetectorME sentences = new ThreadSafeSentenceDetectorME(models.sentences());
        ThreadSafeTokenizerME tokenizer = new ThreadSafeTokenizerME(models.tokens());
        ThreadSafePOSTaggerME tagger = new ThreadSafePOSTaggerME(models.pos());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long tokens = 0;
        long sentenceCount = 0;
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> annotate(f, sentences, tokenizer, tagger)));
            }
            for (Future<long[]> fu : futures) {
                long[] r = fu.get();
                sentenceCount += r[0];
                tokens += r[1];
            }
        } finally {
            pool.shutdownNow();
        }
        long t2 = System.nanoTime();
        System.out.printf("floor articles=%d sentences=%d tokens=%d load=%.3fs nlp=%.3fs threads=%d%n", files.size(),
                sentenceCount, tokens, (t1 - t0) / 1e9, (t2 - t1) / 1e9, threads);
    }

    private static long[] annotate(Path f, ThreadSafeSentenceDetectorME sentences, ThreadSafeTokenizerME tokenizer,
                                   ThreadSafePOSTaggerME tagger) throws IOException {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        long s = 0;
        long t = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            for (Span span : sentences.sentPosDetect(line)) {
                String sentence = span.getCoveredText(line).toString();
                String[] words = tokenizer.tokenize(sentence);
                if (words.length == 0) {
                    continue;
                }
                tagger.tag(words);
                s++;
                t += words.length;
            }
        }
        return new long[] {s, t};
    }
}
