package dev.crosscheck.cli;

import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.load.Article;
import dev.crosscheck.load.Dateline;
import dev.crosscheck.pipeline.CheckResult;
import dev.crosscheck.pipeline.Failure;
import dev.crosscheck.report.HtmlReportWriter;

import java.util.ArrayList;
import java.util.List;

/** What the HTML report shows besides the findings, taken from a check's result. */
final class HtmlPage {

    private HtmlPage() {
    }

    static HtmlReportWriter.Page of(CheckResult result, String title) {
        List<HtmlReportWriter.ArticleRow> rows = new ArrayList<>();
        for (ArticleClaims a : result.articles()) {
            Article article = a.article();
            rows.add(new HtmlReportWriter.ArticleRow(article.fileName(), article.meta().outlet(),
                    article.meta().title(), article.dateline().map(Dateline::text).orElse(""), article.meta().words(),
                    article.meta().lineNote()));
        }
        List<String> problems = new ArrayList<>();
        for (Failure f : result.failures()) {
            problems.add(f.line());
        }
        return new HtmlReportWriter.Page(title, rows, problems);
    }
}
