package dev.crosscheck.resolve;

import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.rules.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Runs person and event resolution over all articles. */
public final class Resolver {

    private final PersonResolver persons;
    private final EventResolver events;
    private final StoryClusterer stories;
    private final StoryTime time;
    private final QuoteResolver quotes = new QuoteResolver();

    public Resolver(Lexicon lexicon) {
        this.persons = new PersonResolver(new NameSimilarity(lexicon.names()));
        this.events = new EventResolver(lexicon.events().anaphoraWindow(), lexicon.calendar().undatedWindowDays(),
                lexicon.events().kinds().stream().filter(Lexicon.EventKind::solo).map(Lexicon.EventKind::name)
                        .collect(Collectors.toSet()));
        this.stories = new StoryClusterer(lexicon.stories());
        this.time = new StoryTime(lexicon.stories());
    }

    public ResolvedCorpus resolve(List<ArticleClaims> articles) {
        PersonResolver.People people = persons.resolve(articles);
        List<List<Optional<ResolvedEvent>>> allEvents = new ArrayList<>();
        List<EventDate> dates = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            List<Optional<ResolvedEvent>> evs = events.resolve(articles.get(i), people.personOf().get(i));
            allEvents.add(evs);
            dates.addAll(events.dates(articles.get(i), evs));
        }
        List<int[]> speakers = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            speakers.add(quotes.resolve(articles.get(i), people.personOf().get(i), people.persons()));
        }
        return new ResolvedCorpus(List.copyOf(articles), people.persons(), people.personOf(), List.copyOf(allEvents),
                List.copyOf(dates), stories.cluster(articles, people.personOf()), List.copyOf(speakers),
                time);
    }
}
