package dev.crosscheck.report;

import dev.crosscheck.extract.AgeClaim;
import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.extract.DurationClaim;
import dev.crosscheck.extract.ElapsedClaim;
import dev.crosscheck.extract.EventMention;
import dev.crosscheck.extract.PersonMention;
import dev.crosscheck.extract.QuantityClaim;
import dev.crosscheck.extract.QuoteClaim;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.resolve.ResolvedEvent;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Writes every extracted claim with its resolution as tab-separated text, for auditing what
 * the rules saw ({@code crosscheck check --claims FILE}).
 */
public final class ClaimsWriter {

    private ClaimsWriter() {
    }

    public static void write(Path target, ResolvedCorpus corpus) throws IOException {
        try (StagedFile staged = stage(target, corpus)) {
            staged.commit();
        }
    }

    /**
     * Writes the claims to a temporary file beside {@code target}; {@link StagedFile#commit()} moves
     * it into place. On failure no temporary file remains.
     */
    public static StagedFile stage(Path target, ResolvedCorpus corpus) throws IOException {
        return StagedFile.stage(target, ".tsv.tmp", temp -> {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                write(w, corpus);
            }
        });
    }

    /** Writes the claims table (a header, then one row per claim) to {@code w}. */
    public static void write(Writer w, ResolvedCorpus corpus) throws IOException {
        w.write("source\tline\ttype\ttext\tresolved\tdetail\n");
        for (int ai = 0; ai < corpus.articles().size(); ai++) {
            writeArticle(w, corpus, ai);
        }
    }

    private static void writeArticle(Writer w, ResolvedCorpus corpus, int ai) throws IOException {
        ArticleClaims a = corpus.articles().get(ai);
        String story = corpus.articles().get(corpus.stories().get(ai)).article().source();
        row(w, a.article().source(), 1, "story", "", story, "articles sharing enough names to tell one story");
        int[] of = corpus.personOf().get(ai);
        for (int i = 0; i < a.persons().size(); i++) {
            PersonMention m = a.persons().get(i);
            String who = of[i] >= 0 ? corpus.persons().get(of[i]).name() : "-";
            row(w, m.anchor().source(), m.anchor().line(), "person", m.anchor().text(), who,
                    m.office().orElse("") + "/" + m.country().orElse("") + (m.former() ? "/former" : ""));
        }
        List<Optional<ResolvedEvent>> events = corpus.events().get(ai);
        for (int i = 0; i < a.events().size(); i++) {
            EventMention e = a.events().get(i);
            String ev = events.get(i).map(r -> corpus.eventLabel(r) + (r.inferred() ? " (inferred)" : "")).orElse("-");
            row(w, e.anchor().source(), e.anchor().line(), "event", e.anchor().text(), ev,
                    e.date().map(d -> d.text() + " = " + d.range().normalized()).orElse(""));
        }
        for (QuantityClaim q : a.quantities()) {
            row(w, q.anchor().source(), q.anchor().line(), "quantity", q.text(), q.measure(),
                    q.range() + " " + q.unit() + q.scope().map(x -> " in " + x).orElse("")
                            + q.attribution().map(x -> " according to " + x).orElse(""));
        }
        for (DurationClaim d : a.durations()) {
            String ev = events.get(d.event()).map(corpus::eventLabel).orElse("-");
            row(w, d.anchor().source(), d.anchor().line(), "duration", d.text(), ev, d.range().toString());
        }
        for (AgeClaim g : a.ages()) {
            String who = of[g.person()] >= 0 ? corpus.persons().get(of[g.person()]).name() : "-";
            row(w, g.anchor().source(), g.anchor().line(), "age", g.text(), who, g.age() + " years");
        }
        for (ElapsedClaim e : a.elapsed()) {
            row(w, e.anchor().source(), e.anchor().line(), "elapsed", e.text(), e.topic(),
                    "last " + e.previous().map(Object::toString).orElse("?") + " ago "
                            + e.gap().map(Object::toString).orElse("?") + (e.stated() ? "" : " (inferred)"));
        }
        int[] speakers = corpus.speakers().get(ai);
        for (int i = 0; i < a.quotes().size(); i++) {
            QuoteClaim q = a.quotes().get(i);
            String who = speakers[i] >= 0 ? corpus.persons().get(speakers[i]).name() : "-";
            row(w, q.anchor().source(), q.anchor().line(), "quote", q.text(), who,
                    q.speaker().kind().name().toLowerCase(java.util.Locale.ROOT)
                            + (q.speaker().text().isEmpty() ? "" : " \"" + q.speaker().text() + "\"")
                            + (q.partial() ? "/partial" : "") + (q.balanced() ? "" : "/unbalanced"));
        }
    }

    private static void row(Writer w, String source, int line, String type, String text, String resolved,
                            String detail) throws IOException {
        w.write(String.join("\t", cell(source), Integer.toString(line), type, cell(text), cell(resolved),
                cell(detail)));
        w.write('\n');
    }

    /**
     * One cell: tabs and line breaks become spaces, and a cell a spreadsheet would run as a formula
     * is neutralised as in the report ({@link CsvReportWriter#neutralise}); the lone "-" that stands
     * for "unresolved" is no formula and stays as it is.
     */
    static String cell(String s) {
        String flat = s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        return flat.equals("-") ? flat : CsvReportWriter.neutralise(flat);
    }
}
