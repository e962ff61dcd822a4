package dev.crosscheck.resolve;

import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.extract.PersonMention;
import dev.crosscheck.extract.QuoteClaim;
import dev.crosscheck.extract.Speaker;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Resolves the speaker of each quote to a person. A named speaker (or a pronoun or
 * continuation pointing at one) is the person of that mention. A role ("the president said")
 * is the person its mention was linked to, else the last person before the quote in the same
 * article who held that office, else — for a role with a country ("the Chinese leader") — the
 * last resolved speaker of that country in the article. Anything else stays unresolved (-1):
 * an unresolved quote is never compared.
 */
public final class QuoteResolver {

    /** Person id of the speaker of each quote of article {@code ai}, -1 when unknown. */
    public int[] resolve(ArticleClaims a, int[] personOf, List<Person> persons) {
        List<QuoteClaim> quotes = a.quotes();
        int[] out = new int[quotes.size()];
        Arrays.fill(out, -1);
        for (int q = 0; q < quotes.size(); q++) {
            Speaker s = quotes.get(q).speaker();
            if (s.mention() >= 0 && personOf[s.mention()] >= 0) {
                out[q] = personOf[s.mention()];
            } else if (s.office().isPresent()) {
                out[q] = byRole(a, personOf, persons, quotes, out, q, s.office().get(), s.country());
            }
        }
        return out;
    }

    private static int byRole(ArticleClaims a, int[] personOf, List<Person> persons, List<QuoteClaim> quotes,
                              int[] resolved, int q, String office, Optional<String> country) {
        int before = quotes.get(q).anchor().start();
        int best = -1;
        for (int i = 0; i < a.persons().size(); i++) {
            PersonMention m = a.persons().get(i);
            int p = personOf[i];
            if (m.anchor().start() >= before) {
                break;
            }
            if (p >= 0 && !m.former() && m.office().equals(Optional.of(office)) && compatible(m, persons.get(p),
                    country)) {
                best = p;
            }
        }
        if (best >= 0 || country.isEmpty()) {
            return best;
        }
        for (int i = q - 1; i >= 0; i--) {
            if (resolved[i] >= 0 && persons.get(resolved[i]).country().equals(country)) {
                return resolved[i];
            }
        }
        return -1;
    }

    private static boolean compatible(PersonMention m, Person p, Optional<String> country) {
        if (country.isEmpty()) {
            return true;
        }
        return m.country().or(p::country).map(c -> c.equals(country.get())).orElse(false);
    }
}
