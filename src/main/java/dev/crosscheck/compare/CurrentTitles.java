package dev.crosscheck.compare;

import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.extract.PersonMention;
import dev.crosscheck.load.Dateline;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.rules.Lexicon;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The titled mentions the office rules look at: a resolved person (not a bare role) with a
 * current (not former) title of an office that has one holder at a time, in reading order.
 */
final class CurrentTitles {

    /** One such mention: where, who, and which office. */
    record Titled(int article, PersonMention mention, int person, Lexicon.Office office) {
    }

    private CurrentTitles() {
    }

    static List<Titled> of(ResolvedCorpus corpus, Lexicon.Offices offices) {
        List<Titled> out = new ArrayList<>();
        for (int article = 0; article < corpus.articles().size(); article++) {
            ArticleClaims a = corpus.articles().get(article);
            for (int i = 0; i < a.persons().size(); i++) {
                PersonMention m = a.persons().get(i);
                int p = corpus.personOf().get(article)[i];
                if (p < 0 || m.roleOnly() || m.former() || m.office().isEmpty()) {
                    continue;
                }
                Optional<Lexicon.Office> office = offices.office(m.office().get()).filter(Lexicon.Office::unique);
                if (office.isPresent()) {
                    out.add(new Titled(article, m, p, office.get()));
                }
            }
        }
        return out;
    }

    /** Articles dated at most {@code days} apart (or either undated) may name the same holder. */
    static boolean samePeriod(ResolvedCorpus corpus, int a, int b, int days) {
        Optional<Dateline> x = corpus.articles().get(a).article().dateline();
        Optional<Dateline> y = corpus.articles().get(b).article().dateline();
        return x.isEmpty() || y.isEmpty() || Math.abs(ChronoUnit.DAYS.between(x.get().date(), y.get().date())) <= days;
    }
}
