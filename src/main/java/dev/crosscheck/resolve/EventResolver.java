package dev.crosscheck.resolve;

import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.extract.DateRange;
import dev.crosscheck.extract.EventMention;
import dev.crosscheck.load.Dateline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves event words to events (kind + participants) and collects when each article places
 * each event. "The meeting" with no participants takes the participants of the latest event of
 * the same kind described in the preceding sentences (recorded as inferred); "the meeting with
 * Xi" takes those of the latest such event Xi took part in. An event an
 * article reports without a date is placed on or up to the configured window before the
 * article's dateline.
 */
public final class EventResolver {

    private final int anaphoraWindow;
    private final int undatedWindowDays;
    /** kinds one named person makes an event of ("Blinken's two-day visit") */
    private final Set<String> soloKinds;

    public EventResolver(int anaphoraWindow, int undatedWindowDays, Set<String> soloKinds) {
        this.anaphoraWindow = anaphoraWindow;
        this.undatedWindowDays = undatedWindowDays;
        this.soloKinds = Set.copyOf(soloKinds);
    }

    /** For each event word of the article, its resolved event, or empty when it names too few people. */
    public List<Optional<ResolvedEvent>> resolve(ArticleClaims a, int[] personOf) {
        List<Optional<ResolvedEvent>> out = new ArrayList<>();
        for (EventMention e : a.events()) {
            TreeSet<Integer> people = new TreeSet<>();
            for (int m : e.participants()) {
                if (personOf[m] >= 0) {
                    people.add(personOf[m]);
                }
            }
            if (people.size() >= 2 || people.size() == 1 && soloKinds.contains(e.kind())) {
                out.add(Optional.of(new ResolvedEvent(e, e.kind(), List.copyOf(people), false)));
            } else if (e.participants().isEmpty() && e.anaphoric()) {
                out.add(antecedent(e, out, ResolvedCorpus.peopleInSentence(a, personOf, e.anchor().sentence())));
            } else if (people.size() == 1 && e.anaphoric()) {
                out.add(antecedentWith(e, out, people.first()));
            } else {
                out.add(Optional.empty());
            }
        }
        return out;
    }

    /**
     * The latest earlier event of the same kind within the window; one whose participants are
     * all named in the sentence ("Xi told Blinken at the start of the meeting") is preferred,
     * searching up to twice the window for it.
     */
    private Optional<ResolvedEvent> antecedent(EventMention e, List<Optional<ResolvedEvent>> before,
                                               Set<Integer> sentencePeople) {
        ResolvedEvent latest = null;
        for (int i = before.size() - 1; i >= 0; i--) {
            Optional<ResolvedEvent> prev = before.get(i);
            if (prev.isEmpty() || prev.get().inferred() || !prev.get().kind().equals(e.kind())) {
                continue;
            }
            int distance = e.anchor().sentence() - prev.get().mention().anchor().sentence();
            if (distance > 2 * anaphoraWindow) {
                break;
            }
            if (sentencePeople.containsAll(prev.get().participants())) {
                latest = prev.get();
                break;
            }
            if (latest == null && distance <= anaphoraWindow) {
                latest = prev.get();
            }
        }
        return Optional.ofNullable(latest).map(p -> new ResolvedEvent(e, e.kind(), p.participants(), true));
    }

    /**
     * "The meeting with Xi": the latest earlier event of the same kind within the window that
     * has {@code person} among its participants. The sentence names one side and the antecedent
     * the other, so the event counts as stated, unless the antecedent itself was inferred.
     */
    private Optional<ResolvedEvent> antecedentWith(EventMention e, List<Optional<ResolvedEvent>> before, int person) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Optional<ResolvedEvent> prev = before.get(i);
            if (prev.isEmpty() || !prev.get().kind().equals(e.kind())) {
                continue;
            }
            if (e.anchor().sentence() - prev.get().mention().anchor().sentence() > anaphoraWindow) {
                break;
            }
            if (prev.get().participants().contains(person)) {
                return Optional.of(new ResolvedEvent(e, e.kind(), prev.get().participants(), prev.get().inferred()));
            }
        }
        return Optional.empty();
    }

    /** When the article places each dated event: stated dates, else its dateline window. */
    public List<EventDate> dates(ArticleClaims a, List<Optional<ResolvedEvent>> events) {
        List<EventDate> out = new ArrayList<>();
        Map<String, ResolvedEvent> firstMention = new LinkedHashMap<>();
        Map<String, Boolean> stated = new LinkedHashMap<>();
        for (Optional<ResolvedEvent> oe : events) {
            if (oe.isEmpty() || !oe.get().mention().dated()) {
                continue;
            }
            ResolvedEvent e = oe.get();
            firstMention.putIfAbsent(e.key(), e);
            stated.putIfAbsent(e.key(), false);
            // a date in the sentence of an event known only from context may belong to another event
            if (e.mention().date().isPresent() && !e.inferred()) {
                var d = e.mention().date().get();
                out.add(new EventDate(e, e.mention().anchor(), d.text(), d.range(), true));
                stated.put(e.key(), true);
            }
        }
        Optional<Dateline> dateline = a.article().dateline();
        if (dateline.isPresent()) {
            for (Map.Entry<String, ResolvedEvent> e : firstMention.entrySet()) {
                if (!stated.get(e.getKey())) {
                    var d = dateline.get().date();
                    out.add(new EventDate(e.getValue(), e.getValue().mention().anchor(),
                            "dated " + dateline.get().text(), DateRange.between(d.minusDays(undatedWindowDays), d),
                            false));
                }
            }
        }
        return out;
    }
}
