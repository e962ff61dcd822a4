package dev.crosscheck.rules;

import dev.crosscheck.rules.Lexicon.BoilerplatePattern;
import dev.crosscheck.rules.Lexicon.Country;
import dev.crosscheck.rules.Lexicon.CountryForm;
import dev.crosscheck.rules.Lexicon.EventKind;
import dev.crosscheck.rules.Lexicon.HedgeKind;
import dev.crosscheck.rules.Lexicon.Office;
import dev.crosscheck.rules.Lexicon.Scope;
import dev.crosscheck.text.UnionFind;

import java.time.DayOfWeek;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads the lexicon files of a rule directory into a {@link Lexicon}, validating as it goes. */
final class LexiconLoader {

    private final Function<String, YamlNode> files;

    /** @param files reads a lexicon file by its name (e.g. {@code "hedges.yaml"}) */
    LexiconLoader(Function<String, YamlNode> files) {
        this.files = files;
    }

    Lexicon load() {
        List<Country> countries = countries();
        Set<String> codes = new LinkedHashSet<>();
        countries.forEach(c -> codes.add(c.code()));
        return new Lexicon(calendar(), numbers(), hedges(), durationUnits(), events(), offices(), countries,
                names(codes), boilerplate(), quantities(), stories(), quotes(), language(), wordSets(), Map.of());
    }

    /** {@code grammar.yaml}: named sets of grammar words, read without a fixed list of names. */
    private Map<String, Set<String>> wordSets() {
        YamlNode root = files.apply("grammar.yaml");
        root.requireOnlyKeys("sets");
        Map<String, Set<String>> out = new java.util.TreeMap<>();
        root.get("sets").asMap().forEach((name, list) -> out.put(name, lowerSet(list.asStringList())));
        return java.util.Collections.unmodifiableMap(out);
    }

    private Lexicon.Language language() {
        YamlNode root = files.apply("language.yaml");
        root.requireOnlyKeys("language", "name", "min-ratio", "min-words", "max-words", "stop-words", "others");
        String code = root.get("language").asString().strip().toLowerCase(Locale.ROOT);
        double minRatio = root.decimal("min-ratio", 0.12);
        if (minRatio < 0 || minRatio > 1) {
            throw root.get("min-ratio").error("min-ratio must be between 0 and 1");
        }
        Map<String, Lexicon.Other> others = new LinkedHashMap<>();
        root.opt("others").ifPresent(o -> o.asMap().forEach((k, v) -> {
            v.requireOnlyKeys("name", "stop-words");
            others.put(k.toLowerCase(Locale.ROOT), new Lexicon.Other(v.string("name", k), lowerSet(v.strings("stop-words"))));
        }));
        return new Lexicon.Language(code, root.string("name", code), lowerSet(root.strings("stop-words")), minRatio,
                root.integerAtLeast("min-words", 40, 1), root.integerAtLeast("max-words", 2000, 1), java.util.Collections.unmodifiableMap(others));
    }


    private Lexicon.Stories stories() {
        YamlNode root = files.apply("stories.yaml");
        root.requireOnlyKeys("min-shared", "min-overlap", "max-name-articles", "max-dateline-gap-days",
                "undated-year-slack");
        int minShared = root.integerAtLeast("min-shared", 2, 1);
        double minOverlap = root.decimal("min-overlap", 0.2);
        if (minOverlap < 0 || minOverlap > 1) {
            throw root.get("min-overlap").error("min-overlap must be between 0 and 1");
        }
        int maxArticles = root.integerAtLeast("max-name-articles", 50, 1);
        return new Lexicon.Stories(minShared, minOverlap, maxArticles,
                root.integerAtLeast("max-dateline-gap-days", 30, 0), root.integerAtLeast("undated-year-slack", 1, 0));
    }

    private Lexicon.Calendar calendar() {
        YamlNode root = files.apply("calendar.yaml");
        root.requireOnlyKeys("months", "weekdays", "slash-order", "undated-event-window-days", "relative",
                "month-prefixes", "future-markers", "dateline-words", "clock-suffixes", "clock-hedges",
                "time-zone-words", "wire-year-window-days");
        Map<String, Integer> months = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : root.get("months").asMap().entrySet()) {
            int month = parseInt(e.getValue(), e.getKey());
            if (month < 1 || month > 12) {
                throw e.getValue().error("month number must be 1 to 12, got '" + e.getKey() + "'");
            }
            for (String form : e.getValue().asStringList()) {
                months.put(lower(form), month);
            }
        }
        Map<String, DayOfWeek> weekdays = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : root.get("weekdays").asMap().entrySet()) {
            DayOfWeek day;
            try {
                day = DayOfWeek.valueOf(e.getKey().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw e.getValue().error("unknown weekday '" + e.getKey() + "'");
            }
            for (String form : e.getValue().asStringList()) {
                if (form.isEmpty() || !form.codePoints().allMatch(Character::isLetter)) {
                    throw e.getValue().error("a weekday name is one word of letters, got '" + form + "'");
                }
                weekdays.put(lower(form), day);
            }
        }
        String order = root.string("slash-order", "month-first");
        if (!order.equals("month-first") && !order.equals("day-first")) {
            throw root.get("slash-order").error("slash-order must be month-first or day-first");
        }
        int window = root.integerAtLeast("undated-event-window-days", 7, 0);
        Map<List<String>, Lexicon.RelativeDate> relative = new LinkedHashMap<>();
        if (root.opt("relative").isPresent()) {
            for (Map.Entry<String, YamlNode> e : root.get("relative").asMap().entrySet()) {
                relative.put(words(e.getKey()), relativeDate(e.getValue()));
            }
        }
        return new Lexicon.Calendar(Map.copyOf(months), Map.copyOf(weekdays), order.equals("month-first"), window,
                Map.copyOf(relative), lowerSet(root.strings("month-prefixes")),
                lowerSet(root.strings("future-markers")), lowerSet(root.strings("dateline-words")),
                clockSuffixes(root), lowerSet(root.strings("clock-hedges")), lowerSet(root.strings("time-zone-words")),
                root.integerAtLeast("wire-year-window-days", 31, 0));
    }

    /** {@code clock-suffixes: {am: 0, pm: 12}}: the hours a suffix adds to a 12-hour clock time. */
    private static Map<String, Integer> clockSuffixes(YamlNode root) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : root.opt("clock-suffixes").map(YamlNode::asMap).orElse(Map.of())
                .entrySet()) {
            int h = e.getValue().asInt();
            if (h != 0 && h != 12) {
                throw e.getValue().error("a clock suffix adds 0 or 12 hours, got " + h);
            }
            out.put(lower(e.getKey()), h);
        }
        return Map.copyOf(out);
    }

    /** {@code {unit: week, offset: -1}}. */
    private static Lexicon.RelativeDate relativeDate(YamlNode node) {
        node.requireOnlyKeys("unit", "offset");
        Lexicon.PeriodUnit unit;
        try {
            unit = Lexicon.PeriodUnit.valueOf(node.get("unit").asString().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw node.get("unit").error("unit must be day, week, month or year, got '"
                    + node.get("unit").asString() + "'");
        }
        int offset = node.get("offset").asInt();
        if (offset > 0) {
            throw node.get("offset").error("offset must be 0 or negative: relative dates look back from the dateline");
        }
        return new Lexicon.RelativeDate(unit, offset);
    }

    private static int parseInt(YamlNode at, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw at.error("expected a whole number, got '" + text + "'");
        }
    }

    private Lexicon.Numbers numbers() {
        YamlNode root = files.apply("numbers.yaml");
        root.requireOnlyKeys("words", "scales", "fractions", "fraction-joiners", "range-words", "ordinals",
                "ordinal-suffixes");
        Map<String, Double> fractions = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : root.opt("fractions").map(YamlNode::asMap).orElse(Map.of()).entrySet()) {
            double v = e.getValue().asDouble();
            if (v <= 0 || v >= 1) {
                throw e.getValue().error("a fraction is between 0 and 1, got '" + e.getKey() + "'");
            }
            fractions.put(lower(e.getKey()), v);
        }
        List<List<String>> joiners = phrases(root, "fraction-joiners");
        return new Lexicon.Numbers(longMap(root.get("words")), longMap(root.get("scales")), Map.copyOf(fractions),
                List.copyOf(joiners), lowerSet(root.strings("range-words")),
                root.opt("ordinals").map(LexiconLoader::longMap).orElse(Map.of()),
                lowerSet(root.strings("ordinal-suffixes")));
    }

    private static Map<String, Long> longMap(YamlNode node) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : node.asMap().entrySet()) {
            try {
                out.put(lower(e.getKey()), Long.parseLong(e.getValue().asString().trim()));
            } catch (NumberFormatException ex) {
                throw e.getValue().error("expected a whole number for '" + e.getKey() + "'");
            }
        }
        return Map.copyOf(out);
    }

    private Lexicon.Hedges hedges() {
        YamlNode root = files.apply("hedges.yaml");
        root.requireOnlyKeys("relative", "hedges");
        Map<List<String>, HedgeKind> phrases = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : root.get("hedges").asMap().entrySet()) {
            HedgeKind kind;
            try {
                kind = HedgeKind.fromLabel(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw e.getValue().error("unknown hedge kind '" + e.getKey() + "' (expected one of: approximate, "
                        + "near-below, near-above, above-open, above-closed, below-open, below-closed)");
            }
            for (String form : e.getValue().asStringList()) {
                phrases.put(words(form), kind);
            }
        }
        double relative = root.decimal("relative", 0.1);
        if (relative < 0 || relative >= 1) {
            throw root.get("relative").error("relative must be at least 0 and below 1");
        }
        return new Lexicon.Hedges(Map.copyOf(phrases), relative);
    }

    private Map<String, Long> durationUnits() {
        YamlNode root = files.apply("units.yaml");
        root.requireOnlyKeys("durations");
        Map<String, Long> out = new LinkedHashMap<>();
        for (YamlNode unit : root.get("durations").asMap().values()) {
            unit.requireOnlyKeys("seconds", "forms");
            long seconds = unit.get("seconds").asInt();
            if (seconds <= 0) {
                throw unit.get("seconds").error("seconds must be positive");
            }
            for (String form : unit.strings("forms")) {
                out.put(lower(form), seconds);
            }
        }
        return Map.copyOf(out);
    }

    private Lexicon.Events events() {
        YamlNode root = files.apply("events.yaml");
        root.requireOnlyKeys("kinds", "participant-markers", "passive-marker", "duration-links",
                "lead-time-markers", "not-duration-markers", "plan-markers", "plural-references",
                "anaphora-window-sentences");
        List<EventKind> kinds = new ArrayList<>();
        for (Map.Entry<String, YamlNode> e : root.get("kinds").asMap().entrySet()) {
            YamlNode kind = e.getValue();
            kind.requireOnlyKeys("dated", "verbs", "nouns", "marker-verbs", "markers", "modifiers", "solo");
            kinds.add(new EventKind(e.getKey(), kind.bool("dated", false), lowerSet(kind.strings("verbs")),
                    lowerSet(kind.strings("nouns")), lowerSet(kind.strings("marker-verbs")), phrases(kind, "markers"),
                    lowerSet(kind.strings("modifiers")), kind.bool("solo", false)));
        }
        return new Lexicon.Events(List.copyOf(kinds), lowerSet(root.strings("participant-markers")),
                lower(root.string("passive-marker", "by")), lowerSet(root.strings("duration-links")),
                lowerSet(root.strings("lead-time-markers")), lowerSet(root.strings("not-duration-markers")),
                lowerSet(root.strings("plan-markers")),
                phrases(root, "plural-references"),
                root.integerAtLeast("anaphora-window-sentences", 6, 0));
    }

    private Lexicon.Offices offices() {
        YamlNode root = files.apply("offices.yaml");
        root.requireOnlyKeys("blocking-modifiers", "offices", "equivalent-offices");
        List<Office> offices = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (YamlNode office : root.get("offices").asList()) {
            office.requireOnlyKeys("id", "name", "unique", "forms");
            String id = office.get("id").asString();
            if (!ids.add(id)) {
                throw office.get("id").error("duplicate office id '" + id + "'");
            }
            List<List<String>> forms = phrases(office, "forms");
            if (forms.isEmpty()) {
                throw office.error("office '" + id + "' has no forms");
            }
            offices.add(new Office(id, office.get("name").asString(), office.bool("unique", false),
                    List.copyOf(forms)));
        }
        List<Set<String>> equivalents = new ArrayList<>();
        for (YamlNode group : root.opt("equivalent-offices").map(YamlNode::asList).orElse(List.of())) {
            Set<String> members = new LinkedHashSet<>();
            for (YamlNode id : group.asList()) {
                if (!ids.contains(id.asString())) {
                    throw id.error("unknown office id '" + id.asString() + "' in equivalent-offices");
                }
                members.add(id.asString());
            }
            if (members.size() < 2) {
                throw group.error("an equivalence group names at least two different offices");
            }
            equivalents.add(members);
        }
        return new Lexicon.Offices(List.copyOf(offices), lowerSet(root.strings("blocking-modifiers")),
                mergeOverlapping(equivalents));
    }

    /** Equivalence is transitive: groups sharing an office become one ([a, b] + [a, c] → [a, b, c]). */
    static List<Set<String>> mergeOverlapping(List<Set<String>> groups) {
        UnionFind sets = new UnionFind(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                if (!java.util.Collections.disjoint(groups.get(i), groups.get(j))) {
                    sets.union(i, j);
                }
            }
        }
        Map<Integer, Set<String>> merged = new java.util.TreeMap<>();
        for (int i = 0; i < groups.size(); i++) {
            merged.computeIfAbsent(sets.find(i), k -> new LinkedHashSet<>()).addAll(groups.get(i));
        }
        List<Set<String>> out = new ArrayList<>();
        merged.values().forEach(g -> out.add(Set.copyOf(g)));
        return List.copyOf(out);
    }

    private List<Country> countries() {
        YamlNode root = files.apply("countries.yaml");
        root.requireOnlyKeys("countries");
        List<Country> out = new ArrayList<>();
        for (YamlNode country : root.get("countries").asList()) {
            country.requireOnlyKeys("code", "adjective", "forms");
            List<CountryForm> forms = new ArrayList<>();
            for (String form : country.strings("forms")) {
                boolean caps = form.length() > 1 && form.equals(form.toUpperCase(Locale.ROOT));
                forms.add(new CountryForm(caps ? Arrays.asList(form.trim().split("\\s+")) : words(form), caps));
            }
            out.add(new Country(country.get("code").asString(), country.get("adjective").asString(),
                    List.copyOf(forms)));
        }
        return List.copyOf(out);
    }

    private Lexicon.Names names(Set<String> countryCodes) {
        YamlNode root = files.apply("names.yaml");
        root.requireOnlyKeys("function-words", "glue-words", "group-words", "organisation-words", "place-words", "places",
                "transliteration", "variants", "name-order");
        List<List<String>> places = phrases(root, "places");
        List<Map.Entry<String, String>> translit = new ArrayList<>();
        for (YamlNode pair : root.opt("transliteration").map(YamlNode::asList).orElse(List.of())) {
            List<String> parts = pair.asStringList();
            if (parts.size() != 2) {
                throw pair.error("a transliteration entry is a pair [from, to]");
            }
            try {
                Pattern.compile(parts.get(0));
            } catch (PatternSyntaxException ex) {
                throw pair.error("invalid regular expression '" + parts.get(0) + "'");
            }
            translit.add(new AbstractMap.SimpleImmutableEntry<>(parts.get(0), parts.get(1)));
        }
        return new Lexicon.Names(lowerSet(root.strings("function-words")), lowerSet(root.strings("glue-words")),
                lowerSet(root.strings("group-words")),
                lowerSet(root.strings("organisation-words")), lowerSet(root.strings("place-words")),
                List.copyOf(places), List.copyOf(translit), variants(root), nameOrder(root, countryCodes));
    }

    private static Lexicon.NameOrder nameOrder(YamlNode root, Set<String> countryCodes) {
        YamlNode n = root.opt("name-order").orElseGet(() -> YamlNode.parse(root.file(), "{}"));
        n.requireOnlyKeys("family-name-first-countries", "family-names", "also-given-names");
        for (YamlNode code : n.opt("family-name-first-countries").map(YamlNode::asList).orElse(List.of())) {
            if (!countryCodes.contains(code.asString())) {
                throw code.error("unknown country code '" + code.asString() + "' (see countries.yaml)");
            }
        }
        return new Lexicon.NameOrder(Set.copyOf(n.strings("family-name-first-countries")),
                lowerSet(n.strings("family-names")), lowerSet(n.strings("also-given-names")));
    }

    private static Lexicon.Variants variants(YamlNode root) {
        YamlNode v = root.opt("variants").orElseGet(() -> YamlNode.parse(root.file(), "{}"));
        v.requireOnlyKeys("min-length", "max-distance", "long-word-length", "long-word-max-distance", "max-suffix",
                "morphology-suffixes");
        return new Lexicon.Variants(v.integerAtLeast("min-length", 4, 1), v.integerAtLeast("max-distance", 1, 0),
                v.integerAtLeast("long-word-length", 9, 1), v.integerAtLeast("long-word-max-distance", 2, 0),
                v.integerAtLeast("max-suffix", 3, 0), lowerSet(v.strings("morphology-suffixes")));
    }

    private List<BoilerplatePattern> boilerplate() {
        YamlNode root = files.apply("boilerplate.yaml");
        root.requireOnlyKeys("patterns");
        List<BoilerplatePattern> out = new ArrayList<>();
        for (YamlNode p : root.get("patterns").asList()) {
            p.requireOnlyKeys("name", "scope", "caption", "regex");
            Scope scope;
            try {
                scope = Scope.valueOf(p.get("scope").asString().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw p.get("scope").error("scope must be one of: match, line, block, rest");
            }
            Pattern regex;
            try {
                regex = Pattern.compile(p.get("regex").asString(),
                        Pattern.MULTILINE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException ex) {
                throw p.get("regex").error("invalid regular expression: " + ex.getDescription());
            }
            out.add(new BoilerplatePattern(p.get("name").asString(), scope, p.bool("caption", false), regex,
                    where(p.get("regex"))));
        }
        return List.copyOf(out);
    }

    private Lexicon.Quantities quantities() {
        YamlNode root = files.apply("quantities.yaml");
        root.requireOnlyKeys("measures", "vague", "counted-nouns", "units", "not-actual-markers",
                "rate-markers", "year-markers", "attribution-markers", "speech-verbs", "scope-prepositions",
                "update-window-days", "elapsed", "ages", "denominator-markers",
                "background-month-days", "uncounted-nouns", "zero-words");
        List<Lexicon.Measure> measures = new ArrayList<>();
        for (Map.Entry<String, YamlNode> e : root.get("measures").asMap().entrySet()) {
            YamlNode m = e.getValue();
            m.requireOnlyKeys("name", "nouns", "verbs", "tolls", "before-figure", "after-noun");
            measures.add(new Lexicon.Measure(e.getKey(), m.get("name").asString(), lowerSet(m.strings("nouns")),
                    lowerSet(m.strings("verbs")), phrases(m, "tolls"), phrases(m, "before-figure"),
                    phrases(m, "after-noun")));
        }
        Map<List<String>, double[]> vague = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : root.get("vague").asMap().entrySet()) {
            List<YamlNode> bounds = e.getValue().asList();
            if (bounds.size() != 2) {
                throw e.getValue().error("a vague amount is [low, high]");
            }
            vague.put(words(e.getKey()), new double[] {bounds.get(0).asDouble(), bounds.get(1).asDouble()});
        }
        YamlNode counted = root.get("counted-nouns");
        counted.requireOnlyKeys("generic", "specific");
        Map<List<String>, Lexicon.Unit> units = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> dim : root.get("units").asMap().entrySet()) {
            dim.getValue().requireOnlyKeys("base", "factors");
            String base = dim.getValue().get("base").asString();
            for (Map.Entry<String, YamlNode> f : dim.getValue().get("factors").asMap().entrySet()) {
                double factor = f.getValue().asDouble();
                if (factor <= 0) {
                    throw f.getValue().error("a unit factor must be positive");
                }
                units.put(words(f.getKey()), new Lexicon.Unit(dim.getKey(), base, factor));
            }
        }
        List<List<String>> attribution = phrases(root, "attribution-markers");
        // rate-markers, denominator-markers and zero-words are read by the patterns of the same names
        root.strings("rate-markers");
        root.strings("denominator-markers");
        root.strings("zero-words");
        YamlNode el = root.get("elapsed");
        el.requireOnlyKeys("first-words", "since-words", "span-words", "year-units", "topicless-nouns");
        Map<String, Integer> yearUnits = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : el.get("year-units").asMap().entrySet()) {
            yearUnits.put(lower(e.getKey()), e.getValue().asInt());
        }
        return new Lexicon.Quantities(List.copyOf(measures), Map.copyOf(vague), lowerSet(counted.strings("generic")),
                lowerSet(counted.strings("specific")), Map.copyOf(units), lowerSet(root.strings("not-actual-markers")),
                lowerSet(root.strings("year-markers")), List.copyOf(attribution),
                lowerSet(root.strings("speech-verbs")), lowerSet(root.strings("scope-prepositions")),
                root.integerAtLeast("update-window-days", 0, 0),
                new Lexicon.Elapsed(lowerSet(el.strings("first-words")), lowerSet(el.strings("since-words")),
                        lowerSet(el.strings("span-words")), Map.copyOf(yearUnits),
                        lowerSet(el.strings("topicless-nouns"))), agePatterns(root),
                root.integerAtLeast("background-month-days", 31, 0), lowerSet(root.strings("uncounted-nouns")));
    }

    /** {@code ages: [{pattern: '...', person: after|before}]}; group 1 of each pattern is the age. */
    private static List<Lexicon.AgePattern> agePatterns(YamlNode root) {
        List<Lexicon.AgePattern> out = new ArrayList<>();
        for (YamlNode a : root.opt("ages").map(YamlNode::asList).orElse(List.of())) {
            a.requireOnlyKeys("pattern", "person");
            Pattern p;
            try {
                p = Pattern.compile(a.get("pattern").asString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException ex) {
                throw a.get("pattern").error("invalid regular expression '" + a.get("pattern").asString() + "'");
            }
            if (p.matcher("").groupCount() < 1) {
                throw a.get("pattern").error("an age pattern needs a group (…) around the age");
            }
            String person = a.string("person", "before");
            if (!person.equals("after") && !person.equals("before")) {
                throw a.get("person").error("person must be after or before, got '" + person + "'");
            }
            out.add(new Lexicon.AgePattern(p, person.equals("after"), where(a.get("pattern"))));
        }
        return List.copyOf(out);
    }

    private Lexicon.Quotes quotes() {
        YamlNode root = files.apply("quotes.yaml");
        root.requireOnlyKeys("marks", "speech-verbs", "addressee-verbs", "subject-skip", "pronoun-speakers",
                "pronoun-window-sentences", "continuation-window-sentences", "source-markers", "editorial-brackets",
                "negators", "antonyms", "spelling-folds");
        YamlNode marks = root.get("marks");
        marks.requireOnlyKeys("opening", "closing", "either");
        Set<String> opening = marks(marks, "opening");
        Set<String> closing = marks(marks, "closing");
        Set<String> either = marks(marks, "either");
        if (opening.isEmpty() && either.isEmpty()) {
            throw marks.error("at least one opening or either quote mark is needed");
        }
        List<List<String>> sources = phrases(root, "source-markers");
        List<String> brackets = new ArrayList<>();
        for (YamlNode b : root.opt("editorial-brackets").map(YamlNode::asList).orElse(List.of())) {
            String pair = b.asString();
            if (pair.codePointCount(0, pair.length()) != 2) {
                throw b.error("an editorial bracket is two characters, opening and closing, got '" + pair + "'");
            }
            brackets.add(pair);
        }
        Map<String, Set<String>> antonyms = new LinkedHashMap<>();
        for (YamlNode pair : root.opt("antonyms").map(YamlNode::asList).orElse(List.of())) {
            List<String> parts = pair.asStringList();
            if (parts.size() != 2 || lower(parts.get(0)).equals(lower(parts.get(1)))) {
                throw pair.error("an antonym entry is a pair of two different words [a, b]");
            }
            String a = lower(parts.get(0));
            String b = lower(parts.get(1));
            antonyms.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
            antonyms.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
        }
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        antonyms.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        int pronounWindow = root.integerAtLeast("pronoun-window-sentences", 4, 0);
        int continuationWindow = root.integerAtLeast("continuation-window-sentences", 2, 0);
        return new Lexicon.Quotes(opening, closing, either, lowerSet(root.strings("speech-verbs")),
                lowerSet(root.strings("addressee-verbs")), lowerSet(root.strings("subject-skip")),
                lowerSet(root.strings("pronoun-speakers")), pronounWindow, continuationWindow, List.copyOf(sources),
                List.copyOf(brackets), lowerSet(root.strings("negators")), Map.copyOf(frozen), spellingFolds(root));
    }

    /** {@code spelling-folds: [{pattern: '...', replace: '...'}]}, applied in order. */
    private static List<Lexicon.SpellingFold> spellingFolds(YamlNode root) {
        List<Lexicon.SpellingFold> out = new ArrayList<>();
        for (YamlNode f : root.opt("spelling-folds").map(YamlNode::asList).orElse(List.of())) {
            f.requireOnlyKeys("pattern", "replace");
            try {
                out.add(new Lexicon.SpellingFold(java.util.regex.Pattern.compile(f.get("pattern").asString()),
                        f.get("replace").asString(), where(f.get("pattern"))));
            } catch (java.util.regex.PatternSyntaxException ex) {
                throw f.get("pattern").error("invalid regular expression: " + ex.getDescription());
            }
        }
        return List.copyOf(out);
    }

    /** "file:line" of a node, for messages about a pattern written there. */
    private static String where(YamlNode node) {
        return node.file() + ":" + node.line();
    }

    private static Set<String> marks(YamlNode marks, String key) {
        Set<String> out = new LinkedHashSet<>();
        for (YamlNode m : marks.opt(key).map(YamlNode::asList).orElse(List.of())) {
            String s = m.asString();
            if (s.length() != 1 || Character.isLetterOrDigit(s.charAt(0))
                    || Character.isWhitespace(s.charAt(0))) {
                throw m.error("a quote mark is one punctuation character, got '" + s + "'");
            }
            out.add(s);
        }
        return Set.copyOf(out);
    }

    /** A list of multi-word phrases, each split into lower-case words. */
    private static List<List<String>> phrases(YamlNode node, String key) {
        List<List<String>> out = new ArrayList<>();
        for (String phrase : node.strings(key)) {
            out.add(words(phrase));
        }
        return List.copyOf(out);
    }

    /** Splits a phrase into lower-case words. */
    static List<String> words(String phrase) {
        return List.of(lower(phrase).trim().split("\\s+"));
    }

    private static Set<String> lowerSet(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            out.add(lower(v));
        }
        return Set.copyOf(out);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
