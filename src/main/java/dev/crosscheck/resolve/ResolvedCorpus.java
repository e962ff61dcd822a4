package dev.crosscheck.resolve;

import dev.crosscheck.extract.ArticleClaims;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The claims of every article with people and events resolved across the corpus: the input of
 * the comparison stage.
 *
 * @param articles articles in input order
 * @param persons  people, by id
 * @param personOf for each article, the person id of each of its person mentions (-1: none)
 * @param events   for each article, the resolved event of each of its event words
 * @param dates    when each article places each dated event
 * @param stories  for each article, its story (the index of the story's first article):
 *                 articles that share enough names to be about the same news
 * @param speakers for each article, the person id of the speaker of each of its quotes (-1: unknown)
 * @param time     whether two articles can report one event by when they were written
 */
public record ResolvedCorpus(List<ArticleClaims> articles, List<Person> persons, List<int[]> personOf,
                             List<List<Optional<ResolvedEvent>>> events, List<EventDate> dates, List<Integer> stories,
                             List<int[]> speakers, StoryTime time) {

    /**
     * Whether two articles may report one event: the same story, and datelines (or named years)
     * that allow it. Stories are connected groups, so two of their articles may be linked only
     * through others; this checks the pair itself.
     */
    public boolean sameEvent(int a, int b) {
        return stories.get(a).equals(stories.get(b)) && time.compatible(articles.get(a), articles.get(b));
    }

    /** "meeting Antony Blinken–Xi Jinping". */
    public String eventLabel(ResolvedEvent e) {
        StringBuilder sb = new StringBuilder(e.kind()).append(' ');
        for (int i = 0; i < e.participants().size(); i++) {
            if (i > 0) {
                sb.append('–');
            }
            sb.append(persons.get(e.participants().get(i)).name());
        }
        return sb.toString();
    }

    /** The resolved people named in sentence {@code sentence} of article {@code article}, sorted. */
    public Set<Integer> peopleInSentence(int article, int sentence) {
        return peopleInSentence(articles.get(article), personOf.get(article), sentence);
    }

    /** The resolved people ({@code personOf} of each mention) named in one sentence of {@code a}, sorted. */
    static Set<Integer> peopleInSentence(ArticleClaims a, int[] personOf, int sentence) {
        Set<Integer> out = new TreeSet<>();
        for (int i = 0; i < a.persons().size(); i++) {
            if (a.persons().get(i).anchor().sentence() == sentence && personOf[i] >= 0) {
                out.add(personOf[i]);
            }
        }
        return out;
    }
}
