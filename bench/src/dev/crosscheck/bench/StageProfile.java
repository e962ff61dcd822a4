package dev.crosscheck.bench;

import dev.crosscheck.compare.Comparisons;
import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.extract.ClaimExtractor;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.load.Article;
import dev.crosscheck.load.ArticleLoader;
import dev.crosscheck.load.InputFiles;
import dev.crosscheck.nlp.AnnotatedArticle;
import dev.crosscheck.nlp.Annotator;
import dev.crosscheck.nlp.NlpModels;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.resolve.Resolver;
import dev.crosscheck.rules.RuleLoader;
import dev.crosscheck.rules.RuleSet;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per-stage timing of the check pipeline, built from the same public stage classes that
 * {@code Checker} wires: thread time summed over workers for load, NLP and extraction, wall time
 * for the single-threaded resolve and compare stages. Usage: {@code StageProfile DIR [THREADS]}.
 */
public final class StageProfile {

    public static void main(String[] args) throws Exception {
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        long t0 = System.nanoTime();
        NlpModels models = NlpModels.load();
        RuleSet rules = RuleLoader.builtIn();
        long t1 = System.nanoTime();
        ArticleLoader loader = new ArticleLoader(rules.lexicon());
        Annotator annotator = new Annotator(models, rules.lexicon().names().glueWords(),
                rules.lexicon().numbers().words().keySet());
        ClaimExtractor extractor = new ClaimExtractor(rules.lexicon());
        Resolver resolver = new Resolver(rules.lexicon());
        Comparisons comparisons = Comparisons.of(rules);
        LongAdder load = new LongAdder();
        LongAdder nlp = new LongAdder();
        LongAdder extract = new LongAdder();
        List<InputFiles.Input> inputs = InputFiles.expand(List.of(args[0]));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<ArticleClaims> claims = new ArrayList<>();
        try {
            List<Future<ArticleClaims>> fs = new ArrayList<>();
            for (InputFiles.Input in : inputs) {
                fs.add(pool.submit(() -> {
                    long a = System.nanoTime();
                    Article article = loader.load(in.path(), in.source());
                    long b = System.nanoTime();
                    AnnotatedArticle annotated = annotator.annotate(article);
                    long c = System.nanoTime();
                    ArticleClaims ac = extractor.extract(annotated);
                    long d = System.nanoTime();
                    load.add(b - a);
                    nlp.add(c - b);
                    extract.add(d - c);
                    return ac;
                }));
            }
            for (Future<ArticleClaims> f : fs) {
                claims.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long t2 = System.nanoTime();
        ResolvedCorpus corpus = resolver.resolve(claims);
        long t3 = System.nanoTime();
        List<Finding> findings = comparisons.run(corpus).findings();
        long t4 = System.nanoTime();
        double perArticle = load.sum() + nlp.sum() + extract.sum();
        System.out.printf("profile articles=%d threads=%d findings=%d%n", claims.size(), threads, findings.size());
        System.out.printf("  models+rules load      %8.3f s wall%n", (t1 - t0) / 1e9);
        System.out.printf("  per-article stages     %8.3f s wall (thread time below)%n", (t2 - t1) / 1e9);
        System.out.printf("    load+boilerplate     %8.3f s  %5.1f%%%n", load.sum() / 1e9, 100 * load.sum() / perArticle);
        System.out.printf("    nlp (annotate)       %8.3f s  %5.1f%%%n", nlp.sum() / 1e9, 100 * nlp.sum() / perArticle);
        System.out.printf("    extract claims       %8.3f s  %5.1f%%%n", extract.sum() / 1e9,
                100 * extract.sum() / perArticle);
        System.out.printf("  resolve                %8.3f s wall%n", (t3 - t2) / 1e9);
        System.out.printf("  compare                %8.3f s wall%n", (t4 - t3) / 1e9);
    }
}
