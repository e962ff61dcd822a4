package dev.crosscheck.compare;

import dev.crosscheck.extract.PersonMention;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.resolve.Person;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.rules.ComparisonKind;
import dev.crosscheck.rules.Lexicon;
import dev.crosscheck.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static dev.crosscheck.compare.ComparisonMechanism.param;

/**
 * Attribute conflict on a person's office ({@code attribute: office}): one person given two
 * unique offices that cannot be held at once ("Foreign Minister X" vs "Prime Minister X").
 * Equivalent offices (lexicon/offices.yaml: equivalent-offices, e.g. foreign minister and top
 * diplomat), non-unique roles, former/deputy/acting titles, titles of two different countries
 * and articles dated further apart than {@code same-period-days} do not count. People are
 * blocked by resolved person, offices by id.
 */
final class TitleConflictComparison implements Comparison {

    /** This class's mechanism: {@code attribute-conflict} with {@code attribute: office}. */
    static final ComparisonMechanism MECHANISM = ComparisonMechanism.selected(
            ComparisonKind.ATTRIBUTE_CONFLICT, "attribute", "office", false,
            "one person given two clashing offices", List.of(
                    param("same-period-days", "30",
                            "articles dated further apart than this may give different offices")),
            (r, rules) -> new TitleConflictComparison(r, rules.lexicon()));

    private final Emitter emitter;
    private final Lexicon.Offices offices;
    private final int samePeriodDays;

    TitleConflictComparison(RuleDefinition rule, Lexicon lexicon) {
        Params p = new Params(rule, MECHANISM);
        this.samePeriodDays = p.integer("same-period-days", 0);
        this.emitter = new Emitter(rule, Set.of("title", "office"), Set.of());
        this.offices = lexicon.offices();
    }

    @Override
    public String ruleId() {
        return emitter.rule().id();
    }

    private record Holding(int article, PersonMention mention) {
    }

    @Override
    public List<Finding> compare(ResolvedCorpus corpus) {
        // person -> office -> article -> first titled mention
        Map<Integer, Map<String, Map<Integer, Holding>>> byPerson = new TreeMap<>();
        for (CurrentTitles.Titled t : CurrentTitles.of(corpus, offices)) {
            byPerson.computeIfAbsent(t.person(), k -> new TreeMap<>())
                    .computeIfAbsent(t.office().id(), k -> new TreeMap<>())
                    .putIfAbsent(t.article(), new Holding(t.article(), t.mention()));
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, Map<Integer, Holding>>> e : byPerson.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            Person person = corpus.persons().get(e.getKey());
            List<String> ids = new ArrayList<>(e.getValue().keySet());
            for (int x = 0; x < ids.size(); x++) {
                for (int y = x + 1; y < ids.size(); y++) {
                    if (offices.equivalent(ids.get(x), ids.get(y))) {
                        continue;
                    }
                    clash(corpus, person, e.getValue().get(ids.get(x)), e.getValue().get(ids.get(y)), out);
                }
            }
        }
        return out;
    }

    /** The first pair of holdings of two clashing offices that share a country and a period. */
    private void clash(ResolvedCorpus corpus, Person person, Map<Integer, Holding> xs, Map<Integer, Holding> ys,
                       List<Finding> out) {
        for (Holding h : xs.values()) {
            for (Holding k : ys.values()) {
                if (sameCountry(h.mention(), k.mention()) && CurrentTitles.samePeriod(corpus, h.article(), k.article(), samePeriodDays)) {
                    out.add(emitter.emit(emitter.rule().severity(), person.name(), side(person, h), side(person, k),
                            Map.of()));
                    return;
                }
            }
        }
    }

    private static boolean sameCountry(PersonMention a, PersonMention b) {
        Optional<String> x = a.country();
        Optional<String> y = b.country();
        return x.isEmpty() || y.isEmpty() || x.equals(y);
    }


    private Side side(Person person, Holding h) {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("title", h.mention().title());
        String office = offices.office(h.mention().office().get()).orElseThrow().name();
        vars.put("office", office);
        return Side.of(h.mention().anchor(), h.mention().anchor().text(), office,
                vars);
    }
}
