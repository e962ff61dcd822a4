package dev.crosscheck.compare;

import dev.crosscheck.extract.PersonMention;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.resolve.Person;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.rules.ComparisonKind;
import dev.crosscheck.rules.Lexicon;
import dev.crosscheck.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static dev.crosscheck.compare.ComparisonMechanism.param;

/**
 * Attribute conflict on offices: two different people named as holder of the same unique
 * office of the same country ("Chinese Foreign Minister Chen Gang" vs "... Qin Gang"). Titles
 * qualified as former/deputy/acting do not count, nor articles dated further apart than the
 * rule's {@code same-period-days}.
 */
final class OfficeHolderComparison implements Comparison {

    /** This class's mechanism: {@code attribute-conflict} with {@code attribute: holder}. */
    static final ComparisonMechanism MECHANISM = ComparisonMechanism.selected(
            ComparisonKind.ATTRIBUTE_CONFLICT, "attribute", "holder", true,
            "two different people named as holders of one unique office (lexicon/offices.yaml)", List.of(
                    param("same-period-days", "30",
                            "articles dated further apart than this may name different holders")),
            (r, rules) -> new OfficeHolderComparison(r, rules.lexicon()));

    private final Emitter emitter;
    private final Lexicon.Offices offices;
    private final Map<String, String> adjectives = new HashMap<>();
    private final int samePeriodDays;

    OfficeHolderComparison(RuleDefinition rule, Lexicon lexicon) {
        Params p = new Params(rule, MECHANISM);
        this.samePeriodDays = p.integer("same-period-days", 0);
        this.emitter = new Emitter(rule, Set.of("name", "title"), Set.of());
        this.offices = lexicon.offices();
        for (Lexicon.Country c : lexicon.countries()) {
            adjectives.put(c.code(), c.adjective());
        }
    }

    @Override
    public String ruleId() {
        return emitter.rule().id();
    }

    private record Holding(int article, PersonMention mention, int person) {
    }

    @Override
    public List<Finding> compare(ResolvedCorpus corpus) {
        // office|country -> person -> article -> first holding
        Map<String, Map<Integer, Map<Integer, Holding>>> byOffice = new TreeMap<>();
        for (CurrentTitles.Titled t : CurrentTitles.of(corpus, offices)) {
            Optional<String> country = t.mention().country().or(() -> corpus.persons().get(t.person()).country());
            if (country.isEmpty()) {
                continue;
            }
            byOffice.computeIfAbsent(t.office().id() + "|" + country.get(), k -> new TreeMap<>())
                    .computeIfAbsent(t.person(), k -> new TreeMap<>())
                    .putIfAbsent(t.article(), new Holding(t.article(), t.mention(), t.person()));
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Map<Integer, Holding>>> e : byOffice.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            String[] parts = e.getKey().split("\\|");
            String subject = adjectives.getOrDefault(parts[1], parts[1]) + " " + offices.office(parts[0]).orElseThrow().name();
            List<Holding> holdings = new ArrayList<>();
            e.getValue().values().forEach(byArticle -> holdings.addAll(byArticle.values()));
            for (int x = 0; x < holdings.size(); x++) {
                for (int y = x + 1; y < holdings.size(); y++) {
                    Holding h = holdings.get(x);
                    Holding k = holdings.get(y);
                    if (h.person() != k.person() && CurrentTitles.samePeriod(corpus, h.article(), k.article(), samePeriodDays)) {
                        out.add(emitter.emit(emitter.rule().severity(), subject, side(corpus, h), side(corpus, k),
                                Map.of()));
                    }
                }
            }
        }
        return out;
    }


    private static Side side(ResolvedCorpus corpus, Holding h) {
        Person p = corpus.persons().get(h.person());
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("name", h.mention().name());
        vars.put("title", h.mention().title());
        return Side.of(h.mention().anchor(), h.mention().anchor().text(), p.name(), vars);
    }
}
