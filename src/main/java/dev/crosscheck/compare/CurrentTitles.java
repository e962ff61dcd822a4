package dev.crosscheck.compare;

import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.extract.PersonMention;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.rules.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    static List<Titled> of(ResolvedCorpus corpus, Map<String, Lexicon.Office> officesById) {
        List<Titled> out = new ArrayList<>();
        for (int ai = 0; ai < corpus.articles().size(); ai++) {
            ArticleClaims a = corpus.articles().get(ai);
            for (int i = 0; i < a.persons().size(); i++) {
                PersonMention m = a.persons().get(i);
                int p = corpus.personOf().get(ai)[i];
                if (p < 0 || m.roleOnly() || m.former() || m.office().isEmpty()) {
                    continue;
                }
                Lexicon.Office office = officesById.get(m.office().get());
                if (office != null && office.unique()) {
                    out.add(new Titled(ai, m, p, office));
                }
            }
        }
        return out;
    }
}
