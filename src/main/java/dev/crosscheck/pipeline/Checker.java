package dev.crosscheck.pipeline;

import dev.crosscheck.compare.Comparison;
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
import dev.crosscheck.pattern.TokenSequence;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.resolve.Resolver;
import dev.crosscheck.rules.RuleSet;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The pipeline, top to bottom: load → NLP → extract claims (per article, in parallel) →
 * resolve people and events across articles → rule comparisons (one rule per task, in parallel)
 * → sorted findings.
 * Per-article NLP results and the article's text are dropped once its claims are extracted; at
 * most a few articles per worker thread are in flight at any time, so memory holds claims, not
 * texts or annotations.
 * <p>
 * Failures are isolated: an article that cannot be read, annotated or extracted (an
 * {@link dev.crosscheck.load.InputException}, any runtime exception, a stack overflow) is left
 * out and listed in {@link CheckResult#failures()}; so is a rule whose comparison throws. The
 * rest is checked as if it were alone. Running out of memory ends the run with an
 * {@link OutOfMemoryException} naming the article when it happened during one.
 */
public final class Checker {

    /**
     * Seams around each stage, called on the worker threads; by default they do nothing. Tests use
     * them to make one article or one rule fail.
     */
    public interface Hooks {
        /** No hooks. */
        Hooks NONE = new Hooks() {
        };

        /** Called with each article once it is loaded, before NLP. */
        default void loaded(Article article) {
        }

        /** Called before rule {@code ruleId}'s comparison runs. */
        default void comparing(String ruleId) {
        }

        /** Called on the calling thread each time one more article is read, in input order (progress). */
        default void read(int done, int total) {
        }

        /** Called on the calling thread once every article is read, before people, events and rules. */
        default void readAll() {
        }
    }

    private final ArticleLoader loader;
    private final Annotator annotator;
    private final ClaimExtractor extractor;
    private final Resolver resolver;
    private final Comparisons comparisons;
    private final int threads;
    private final Hooks hooks;
    /** how far a wire dateline's day may stand from the run's datelines to take their year */
    private final int wireYearWindowDays;

    /**
     * @param rules   rule set; its comparisons are validated here
     * @param models  the OpenNLP models
     * @param threads worker threads for per-article work
     */
    public Checker(RuleSet rules, NlpModels models, int threads) {
        this(rules, models, threads, Hooks.NONE);
    }

    /** As {@link #Checker(RuleSet, NlpModels, int)}, calling {@code hooks} around each stage. */
    public Checker(RuleSet rules, NlpModels models, int threads, Hooks hooks) {
        this(rules, models, threads, hooks, ArticleLoader.DEFAULT_MAX_BYTES);
    }

    /** As above; article files over {@code maxFileBytes} are skipped and named ({@code --max-file-size}). */
    public Checker(RuleSet rules, NlpModels models, int threads, Hooks hooks, long maxFileBytes) {
        this.hooks = hooks;
        Comparisons all = Comparisons.of(rules);
        this.comparisons = hooks == Hooks.NONE ? all : all.with(c -> hooked(c, hooks));
        this.loader = new ArticleLoader(rules.lexicon(), maxFileBytes);
        this.annotator = new Annotator(models, rules.lexicon().names().glueWords(),
                rules.lexicon().numbers().words().keySet());
        this.extractor = new ClaimExtractor(rules.lexicon());
        this.resolver = new Resolver(rules.lexicon());
        this.threads = Math.max(1, threads);
        this.wireYearWindowDays = rules.lexicon().calendar().wireYearWindowDays();
    }

    private static Comparison hooked(Comparison c, Hooks hooks) {
        return new Comparison() {
            @Override
            public String ruleId() {
                return c.ruleId();
            }

            @Override
            public List<Finding> compare(ResolvedCorpus corpus) {
                hooks.comparing(c.ruleId());
                return c.compare(corpus);
            }

            @Override
            public List<Finding> compare(ResolvedCorpus corpus, Consumer<String> notes) {
                hooks.comparing(c.ruleId());
                return c.compare(corpus, notes);
            }
        };
    }

    /** One article's input: its name and how to load it. */
    private record Source(String name, Supplier<Article> load) {
    }

    /**
     * One article's claims, or why there are none.
     *
     * @param wireOnly for an article dated only by a wire dateline without a year, its annotations,
     *                 kept so that it can be extracted again once the run gives the year; else null
     */
    private record Extracted(ArticleClaims claims, Failure failure, AnnotatedArticle wireOnly) {

        Extracted withoutAnnotations() {
            return wireOnly == null ? this : new Extracted(claims, failure, null);
        }
    }

    /**
     * At most this many characters of wire-dated articles' text are kept annotated for the second
     * extraction (about 100 articles of 20,000 characters); past it, an article is read again.
     */
    private static final long WIRE_KEEP_CHARS = 2_000_000;

    /** Checks article files. */
    public CheckResult check(List<InputFiles.Input> inputs) {
        List<Source> sources = new ArrayList<>();
        for (InputFiles.Input in : inputs) {
            sources.add(new Source(in.source(), () -> loader.load(in.path(), in.source())));
        }
        return run(sources);
    }

    /** Reads one text held in memory as an article, up to NLP (pattern examples). */
    public AnnotatedArticle annotate(String name, String text) {
        return annotator.annotate(loader.parse(name, text));
    }

    /** The token sequences patterns read in an annotated article, quotation marks taken into account. */
    public List<TokenSequence> sequences(AnnotatedArticle annotated) {
        return extractor.sequences(annotated);
    }

    /** Checks texts held in memory, named {@code sources[i]} (rule examples, tests). */
    public CheckResult checkTexts(List<String> names, List<String> texts) {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String source = names.get(i);
            String text = texts.get(i);
            sources.add(new Source(source, () -> loader.parse(source, text)));
        }
        return run(sources);
    }

    private CheckResult run(List<Source> sources) {
        if (threads == 1 || sources.size() == 1) {
            List<Extracted> extracted = new ArrayList<>();
            long[] keptChars = {0};
            for (Source s : sources) {
                extracted.add(withinBudget(extract(s), keptChars));
                hooks.read(extracted.size(), sources.size());
            }
            return finish(withWireYears(sources, extracted, null), null);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "crosscheck-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            return finish(withWireYears(sources, extractAll(sources, pool), pool), pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private CheckResult finish(List<Extracted> extracted, ExecutorService pool) {
        hooks.readAll();
        List<ArticleClaims> claims = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Extracted e : extracted) {
            if (e.failure() != null) {
                failures.add(e.failure());
            } else {
                claims.add(e.claims());
            }
        }
        ResolvedCorpus corpus = resolver.resolve(claims);
        Comparisons.Outcome outcome = pool == null ? comparisons.run(corpus) : comparisons.run(corpus, pool);
        for (Comparisons.RuleFailure f : outcome.failures()) {
            failures.add(Failure.ofRule(f.ruleId(), f.error()));
        }
        List<String> notes = new ArrayList<>();
        for (Comparisons.RuleNote n : outcome.notes()) {
            notes.add("rule " + n.ruleId() + ": " + n.message());
        }
        return new CheckResult(corpus, outcome.findings(), failures, notes);
    }

    /**
     * Articles dated only by a wire dateline without its year ("BEIJING, June 19 (Reuters) -") are
     * extracted again, dated in the year that puts the day nearest the run's full datelines (within
     * the calendar's window), so their weekdays and "yesterday" fall on days. Extraction reruns on
     * the annotations the first pass kept (NLP does not depend on the dateline); articles the
     * first pass could not keep within {@link #WIRE_KEEP_CHARS} are loaded and annotated again.
     * The others are read once.
     */
    private List<Extracted> withWireYears(List<Source> sources, List<Extracted> extracted, ExecutorService pool) {
        List<LocalDate> datelines = new ArrayList<>();
        for (Extracted e : extracted) {
            if (e.claims() != null) {
                e.claims().article().dateline().ifPresent(d -> datelines.add(d.date()));
            }
        }
        List<Extracted> out = new ArrayList<>(extracted.size());
        List<Integer> again = new ArrayList<>();
        List<Callable<Extracted>> reads = new ArrayList<>();
        for (int i = 0; i < extracted.size(); i++) {
            Extracted e = extracted.get(i);
            Optional<LocalDate> date = e.claims() == null || wireYearWindowDays == 0 ? Optional.empty()
                    : e.claims().article().wire().flatMap(w -> w.nearest(datelines, wireYearWindowDays));
            if (date.isEmpty()) {
                out.add(e.withoutAnnotations());
                continue;
            }
            Source source = sources.get(i);
            AnnotatedArticle annotated = e.wireOnly();
            again.add(i);
            out.add(null);
            reads.add(annotated != null
                    ? () -> extracted(source.name(), () -> dated(annotated, date.get()))
                    : () -> extract(source, a -> a.withWireDate(date.get()), false));
        }
        List<Extracted> read = runAll(reads, pool);
        for (int k = 0; k < again.size(); k++) {
            out.set(again.get(k), read.get(k));
        }
        return out;
    }

    /**
     * {@code e} with its kept annotations while the run's kept text stays within
     * {@link #WIRE_KEEP_CHARS} ({@code keptChars} counts it, in input order), else without them.
     */
    private static Extracted withinBudget(Extracted e, long[] keptChars) {
        if (e.wireOnly() == null) {
            return e;
        }
        long size = e.wireOnly().article().text().length();
        if (keptChars[0] + size > WIRE_KEEP_CHARS) {
            return e.withoutAnnotations();
        }
        keptChars[0] += size;
        return e;
    }

    /** The annotated article dated {@code date} by its wire dateline. */
    private static AnnotatedArticle dated(AnnotatedArticle a, LocalDate date) {
        return new AnnotatedArticle(a.article().withWireDate(date), a.sentences());
    }

    /** The calling thread was interrupted while waiting for workers: keep the flag, end the run. */
    private static IllegalStateException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new IllegalStateException("interrupted", e);
    }

    /** What a worker threw, to throw on the calling thread as it was. */
    private static RuntimeException rethrown(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
            return re;
        }
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(e.getCause());
    }

    /** The reads, on the pool when there is one, results in order. */
    private static List<Extracted> runAll(List<Callable<Extracted>> reads, ExecutorService pool) {
        List<Extracted> out = new ArrayList<>(reads.size());
        try {
            if (pool == null) {
                for (Callable<Extracted> r : reads) {
                    out.add(r.call());
                }
                return out;
            }
            for (Future<Extracted> f : pool.invokeAll(reads)) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            throw rethrown(e);
        } catch (InterruptedException e) {
            throw interrupted(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Load → NLP → extract for one article; a failure costs this article only. */
    private Extracted extract(Source source) {
        return extract(source, UnaryOperator.identity(), true);
    }

    private Extracted extract(Source source, UnaryOperator<Article> dated, boolean firstRead) {
        return extracted(source.name(), () -> {
            Article article = dated.apply(source.load().get());
            if (firstRead) {
                hooks.loaded(article);
            }
            return annotator.annotate(article);
        });
    }

    /** Claims of the article {@code annotate} gives; a failure costs this article only. */
    private Extracted extracted(String name, Supplier<AnnotatedArticle> annotate) {
        try {
            AnnotatedArticle annotated = annotate.get();
            Article article = annotated.article();
            boolean wireOnly = article.dateline().isEmpty() && article.wire().isPresent();
            return new Extracted(extractor.extract(annotated), null, wireOnly ? annotated : null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Extracted(null, Failure.ofArticle(name, e), null);
        } catch (OutOfMemoryError e) {
            throw new OutOfMemoryException(name, e);
        }
    }

    private List<Extracted> extractAll(List<Source> sources, ExecutorService pool) {
        try {
            // a sliding window of submitted articles: workers stay busy, results are taken in input
            // order, and at most `window` articles are loaded or annotated at any time
            int window = 4 * threads;
            ArrayDeque<Future<Extracted>> inFlight = new ArrayDeque<>();
            List<Extracted> out = new ArrayList<>(sources.size());
            long[] keptChars = {0};
            int next = 0;
            while (out.size() < sources.size()) {
                while (next < sources.size() && inFlight.size() < window) {
                    Source s = sources.get(next++);
                    inFlight.add(pool.submit(() -> extract(s)));
                }
                out.add(withinBudget(inFlight.remove().get(), keptChars));
                hooks.read(out.size(), sources.size());
            }
            return out;
        } catch (ExecutionException e) {
            throw rethrown(e);
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }
}
