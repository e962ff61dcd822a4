package dev.crosscheck.pipeline;

import dev.crosscheck.finding.Finding;
import dev.crosscheck.load.Article;
import dev.crosscheck.load.InputFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One failing article or rule costs that article or rule only; the rest is checked as if alone. */
class CheckerIsolationTest {

    private static final String BROKEN = "seeds/002_d8c7d2a27543ca2a.txt";
    private static List<InputFiles.Input> seeds;
    private static CheckResult all;

    @BeforeAll
    static void checkAllSeeds() {
        seeds = InputFiles.expand(List.of("seeds"));
        all = TestPipeline.checker().check(seeds);
    }

    private static Checker checker(int threads, Checker.Hooks hooks) {
        return new Checker(TestPipeline.rules(), TestPipeline.models(), threads, hooks);
    }

    private static Checker.Hooks failingArticle(String source, Throwable error) {
        return new Checker.Hooks() {
            @Override
            public void loaded(Article article) {
                if (article.source().equals(source)) {
                    sneakyThrow(error);
                }
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }

    private static boolean touches(Finding f, String source) {
        return f.a().source().equals(source) || f.b().source().equals(source);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void anArticleThatThrowsIsListedAndTheOthersGiveTheirFindings(int threads) {
        CheckResult r = checker(threads, failingArticle(BROKEN, new IllegalStateException("boom\nsecond line")))
                .check(seeds);
        assertEquals(1, r.failures().size(), r.failures().toString());
        Failure f = r.failures().get(0);
        assertEquals(Failure.Kind.ARTICLE, f.kind());
        assertEquals(BROKEN, f.name());
        assertTrue(f.reason().startsWith("internal error: java.lang.IllegalStateException: boom second line (at "),
                f.reason());
        assertFalse(f.line().contains("\n"), f.line());
        assertEquals(4, r.articles().size());
        // what the others give is exactly what they give without the failing article
        List<InputFiles.Input> others = seeds.stream().filter(in -> !in.source().equals(BROKEN)).toList();
        assertEquals(TestPipeline.checker().check(others).findings(), r.findings());
        assertFalse(r.findings().isEmpty());
        assertTrue(all.findings().stream().anyMatch(x -> touches(x, BROKEN)), "the test needs an article with findings");
    }

    @Test
    void aStackOverflowInOneArticleCostsThatArticleOnly() {
        CheckResult r = checker(2, failingArticle(BROKEN, new StackOverflowError())).check(seeds);
        assertEquals(List.of(BROKEN + ": internal error: stack overflow"),
                r.failures().stream().map(Failure::line).map(l -> l.replaceAll(" \\(at .*\\)$", "")).toList());
        assertEquals(4, r.articles().size());
    }

    @Test
    void failuresOfSeveralArticlesAreListedInInputOrder() {
        Checker.Hooks hooks = new Checker.Hooks() {
            @Override
            public void loaded(Article article) {
                if (!article.source().contains("/000_")) {
                    throw new IllegalArgumentException(article.source());
                }
            }
        };
        CheckResult r = checker(2, hooks).check(seeds);
        assertEquals(seeds.subList(1, 5).stream().map(InputFiles.Input::source).toList(),
                r.failures().stream().map(Failure::name).toList());
        assertEquals(1, r.articles().size());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aRuleThatThrowsIsListedWithItsIdAndTheOtherRulesGiveTheirFindings(int threads) {
        Checker.Hooks hooks = new Checker.Hooks() {
            @Override
            public void comparing(String ruleId) {
                if (ruleId.equals("quote-conflict")) {
                    throw new ArrayIndexOutOfBoundsException("Index 7 out of bounds for length 7");
                }
            }
        };
        CheckResult r = checker(threads, hooks).check(seeds);
        assertEquals(1, r.failures().size(), r.failures().toString());
        assertEquals(Failure.Kind.RULE, r.failures().get(0).kind());
        assertTrue(r.failures().get(0).line().startsWith("rule quote-conflict: internal error: "
                + "java.lang.ArrayIndexOutOfBoundsException: Index 7"), r.failures().get(0).line());
        assertEquals(all.findings().stream().filter(f -> !f.rule().equals("quote-conflict")).toList(), r.findings());
        assertTrue(all.findings().stream().anyMatch(f -> f.rule().equals("quote-conflict")),
                "the test needs quote findings to lose");
        assertEquals(5, r.articles().size());
    }

    @Test
    void runningOutOfMemoryInAnArticleEndsTheRunNamingTheArticle() {
        OutOfMemoryException e = assertThrows(OutOfMemoryException.class,
                () -> checker(2, failingArticle(BROKEN, new OutOfMemoryError("Java heap space"))).check(seeds));
        assertEquals(BROKEN, e.article().orElseThrow());
    }

    @Test
    void aCheckWithoutFailuresListsNone() {
        assertEquals(List.of(), all.failures());
    }
}
