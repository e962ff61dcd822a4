package dev.crosscheck.compare;

import dev.crosscheck.extract.ArticleClaims;
import dev.crosscheck.extract.PersonMention;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.resolve.Person;
import dev.crosscheck.resolve.ResolvedCorpus;
import dev.crosscheck.rules.ComparisonKind;
import dev.crosscheck.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Variant spelling, {@code variants: style}: one person's full name written in two styles
 * that differ only in hyphens, spaces or capitals ("Kim Jong-Un" / "Kim Jong Un"). Person
 * resolution already treats them as one name; this reports the inconsistency as style, not as
 * two people. The most used form is taken as canonical; each article using another form gets
 * one finding. Blocked by resolved person.
 */
final class NameStyleComparison implements Comparison {

    /** This class's mechanism: {@code variant-spelling} with {@code variants: style}. */
    static final ComparisonMechanism MECHANISM = ComparisonMechanism.selected(
            ComparisonKind.VARIANT_SPELLING, "variants", "style", false,
            "one person's name in hyphen, space or case variants", List.of(),
            (r, rules) -> new NameStyleComparison(r));

    private final Emitter emitter;

    NameStyleComparison(RuleDefinition rule) {
        new Params(rule, MECHANISM);
        this.emitter = new Emitter(rule, Set.of("word", "count"), Set.of("canonical"));
    }

    @Override
    public String ruleId() {
        return emitter.rule().id();
    }

    private record Use(int article, PersonMention mention) {
    }

    /** Letters only, lower case: equal for forms that differ only in style. */
    static String styleKey(String name) {
        StringBuilder sb = new StringBuilder();
        name.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetter).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    @Override
    public List<Finding> compare(ResolvedCorpus corpus) {
        // person -> written form -> uses
        Map<Integer, Map<String, List<Use>>> forms = new TreeMap<>();
        for (int ai = 0; ai < corpus.articles().size(); ai++) {
            ArticleClaims a = corpus.articles().get(ai);
            for (int i = 0; i < a.persons().size(); i++) {
                PersonMention m = a.persons().get(i);
                int p = corpus.personOf().get(ai)[i];
                if (p >= 0 && m.fullName()) {
                    forms.computeIfAbsent(p, k -> new TreeMap<>()).computeIfAbsent(m.name(), k -> new ArrayList<>())
                            .add(new Use(ai, m));
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, List<Use>>> e : forms.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            String canonical = null;
            for (Map.Entry<String, List<Use>> f : e.getValue().entrySet()) {
                if (canonical == null || f.getValue().size() > e.getValue().get(canonical).size()) {
                    canonical = f.getKey();
                }
            }
            Person person = corpus.persons().get(e.getKey());
            List<Use> canonicalUses = e.getValue().get(canonical);
            for (Map.Entry<String, List<Use>> f : e.getValue().entrySet()) {
                if (f.getKey().equals(canonical) || !styleKey(f.getKey()).equals(styleKey(canonical))) {
                    continue;
                }
                Map<Integer, Use> firstPerArticle = new LinkedHashMap<>();
                for (Use u : f.getValue()) {
                    firstPerArticle.putIfAbsent(u.article(), u);
                }
                for (Use u : firstPerArticle.values()) {
                    Use partner = canonicalUses.get(0);
                    for (Use c : canonicalUses) {
                        if (c.article() == u.article()) {
                            partner = c;
                            break;
                        }
                    }
                    out.add(emitter.emit(emitter.rule().severity(), person.name(), side(u, f.getValue()),
                            side(partner, canonicalUses), Map.of("canonical", canonical)));
                }
            }
        }
        return out;
    }

    private static Side side(Use u, List<Use> sameForm) {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("word", u.mention().name());
        vars.put("count", Long.toString(sameForm.stream().map(Use::article).distinct().count()));
        return Side.of(u.mention().anchor(), u.mention().name(), "style: " + u.mention().name(), vars);
    }
}
