package dev.crosscheck.pipeline;

import dev.crosscheck.compare.Comparisons;
import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.extract.ClaimExtractor;
import dev.crosscheck.load.Article;
import dev.crosscheck.load.ArticleLoader;
import dev.crosscheck.load.InputFiles;
import dev.crosscheck.nlp.Annotator;
import dev.crosscheck.nlp.NlpModels;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.resolve.Resolver;
import dev.crosscheck.rules.RuleSet;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The pipeline, top to bottom: load → NLP → extract claims (per article, in parallel) →
 * resolve people and events across articles → rule comparisons (one rule per task, in parallel)
 * → sorted findings.
 * Per-article NLP results and the article's text are dropped once its claims are extracted; at
 * most a few articles per worker thread are in flight at any time, so memory holds claims, not
 * texts or annotations.
 */
public final class Checker {

    private final ArticleLoader loader;
    private final Annotator annotator;
    private final ClaimExtractor extractor;
    private final Resolver resolver;
    private final Comparisons comparisons;
    private final int threads;

    /**
     * @param rules   rule set; its comparisons are validated here
     * @param models  the OpenNLP models
     * @param threads worker threads for per-article work
     */
    public Checker(RuleSet rules, NlpModels models, int threads) {
        this.comparisons = Comparisons.of(rules);
        this.loader = new ArticleLoader(rules.lexicon());
        this.annotator = new Annotator(models, rules.lexicon().names().glueWords());
        this.extractor = new ClaimExtractor(rules.lexicon());
        this.resolver = new Resolver(rules.lexicon());
        this.threads = Math.max(1, threads);
    }

    /** Checks article files. */
    public CheckResult check(List<InputFiles.Input> inputs) {
        List<Supplier<Article>> loaders = new ArrayList<>();
        for (InputFiles.Input in : inputs) {
            loaders.add(() -> loader.load(in.path(), in.source()));
        }
        return run(loaders);
    }

    /** Checks texts held in memory, named {@code sources[i]} (rule examples, tests). */
    public CheckResult checkTexts(List<String> sources, List<String> texts) {
        List<Supplier<Article>> loaders = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String source = sources.get(i);
            String text = texts.get(i);
            loaders.add(() -> loader.parse(source, text));
        }
        return run(loaders);
    }

    private CheckResult run(List<Supplier<Article>> loaders) {
        if (threads == 1 || loaders.size() == 1) {
            List<ArticleClaims> claims = new ArrayList<>();
            for (Supplier<Article> l : loaders) {
                claims.add(extractor.extract(annotator.annotate(l.get())));
            }
            ResolvedCorpus corpus = resolver.resolve(claims);
            return new CheckResult(corpus, comparisons.run(corpus));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "crosscheck-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            ResolvedCorpus corpus = resolver.resolve(extractAll(loaders, pool));
            return new CheckResult(corpus, comparisons.run(corpus, pool));
        } finally {
            pool.shutdownNow();
        }
    }

    private List<ArticleClaims> extractAll(List<Supplier<Article>> loaders, ExecutorService pool) {
        try {
            // a sliding window of submitted articles: workers stay busy, results are taken in input
            // order, and at most `window` articles are loaded or annotated at any time
            int window = 4 * threads;
            ArrayDeque<Future<ArticleClaims>> inFlight = new ArrayDeque<>();
            List<ArticleClaims> out = new ArrayList<>(loaders.size());
            int next = 0;
            while (out.size() < loaders.size()) {
                while (next < loaders.size() && inFlight.size() < window) {
                    Supplier<Article> l = loaders.get(next++);
                    inFlight.add(pool.submit(() -> extractor.extract(annotator.annotate(l.get()))));
                }
                out.add(inFlight.remove().get());
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
