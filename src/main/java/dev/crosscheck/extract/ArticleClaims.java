package dev.crosscheck.extract;

import dev.crosscheck.load.Article;

import java.util.List;

/**
 * Everything extracted from one article. Only these claims (and their evidence sentences) are
 * kept after the article's NLP annotations are dropped.
 *
 * @param article     the article's source and dateline; its text is not kept ({@link Article#withoutText()})
 * @param persons     person mentions in reading order
 * @param events      event words in reading order
 * @param durations   durations attached to events
 * @param properWords capitalised proper words for spelling comparison
 * @param quantities  numbers with what they count or measure
 * @param elapsed     "the first since 2018", "the first in five years"
 * @param ages        "the 58-year-old governor", "Marren, 58,"
 * @param sentences   number of story sentences
 * @param tokens      number of tokens
 * @param quotes      direct quotes with their speakers, in reading order
 * @param times       weekdays, months, years and clock times named, in reading order
 * @param firstProse  index of the first sentence of running prose (ending with a full stop,
 *                    question or exclamation mark, of several words): a scraped page's menus,
 *                    byline and date lines, and the headline, stand before it
 */
public record ArticleClaims(Article article, List<PersonMention> persons, List<EventMention> events,
                            List<DurationClaim> durations, List<ProperWord> properWords,
                            List<QuantityClaim> quantities, List<ElapsedClaim> elapsed,
                            List<AgeClaim> ages, List<QuoteClaim> quotes, int sentences, int tokens,
                            List<TimeMention> times, int firstProse) {

    /**
     * Whether sentence {@code sentence} stands in the article's first {@code leadSentences}
     * sentences, counted as if the story began right after one headline: the lines a scraped
     * page puts before the story do not push its lead out of the window.
     */
    public boolean inLead(int sentence, int leadSentences) {
        return sentence < Math.max(leadSentences, firstProse + leadSentences - 1);
    }

    /** The years the article names, ascending and distinct: an undated article's only clue to its time. */
    public List<Integer> yearsNamed() {
        return times.stream().filter(t -> t.kind() == TimeMention.Kind.YEAR).map(TimeMention::value).distinct()
                .sorted().toList();
    }


    /** Number of claims of every type. */
    public int claimCount() {
        return persons.size() + events.size() + durations.size() + quantities.size() + elapsed.size()
                + ages.size() + quotes.size();
    }
}
