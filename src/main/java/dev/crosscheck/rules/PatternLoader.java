package dev.crosscheck.rules;

import dev.crosscheck.pattern.Attribute;
import dev.crosscheck.pattern.PhraseSet;
import dev.crosscheck.pattern.TokenPattern;
import dev.crosscheck.pattern.TokenSpec;
import dev.crosscheck.pattern.TokenTest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a token pattern file:
 * <pre>
 * id: zero-word
 * description: ...
 * tokens:
 *   - {phrase: $quantities.zero-words, capture: zero}   # longest phrase of a vocabulary list
 *   - {pos: AUX, op: "*"}                               # op: ? * + or {m,n}
 *   - {lemma: [kill, die], capture: verb}               # a value, a list, or $file.key.key
 *   - {gap: 3}                                          # up to 3 tokens of any kind
 *   - {not-lower: [not, never]}                         # none of these
 * examples:
 *   match: [{text: "No one was killed.", captures: {zero: "No one"}}]
 *   no-match: [{text: "No one knows."}]
 * </pre>
 * A {@code $file.key} value names a list in a lexicon file ({@code $quantities.zero-words} is
 * {@code zero-words} of {@code lexicon/quantities.yaml}), so patterns and the extractors share
 * one vocabulary.
 */
final class PatternLoader {

    private static final Pattern REPEAT = Pattern.compile("\\{(\\d+),(\\d+)}");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    private final Function<String, YamlNode> lexiconFiles;

    /** @param lexiconFiles a lexicon file's tree (laid over as the rule folders say) by name */
    PatternLoader(Function<String, YamlNode> lexiconFiles) {
        this.lexiconFiles = lexiconFiles;
    }

    PatternDefinition parse(YamlNode root, String label, String expectedId) {
        if (!root.isMap()) {
            throw root.error("a pattern file is a mapping with id, tokens and examples");
        }
        root.requireOnlyKeys("id", "description", "tokens", "examples");
        YamlNode idNode = root.get("id");
        String id = idNode.asString();
        if (!ID.matcher(id).matches()) {
            throw idNode.error("pattern id must be lower-case words joined by '-', got '" + id + "'");
        }
        if (!id.equals(expectedId)) {
            throw idNode.error("pattern id '" + id + "' must be the file's name ('" + expectedId + "')");
        }
        List<TokenSpec> specs = new ArrayList<>();
        List<YamlNode> tokens = root.get("tokens").asList();
        if (tokens.isEmpty()) {
            throw root.get("tokens").error("a pattern needs at least one token");
        }
        Set<String> captures = new LinkedHashSet<>();
        for (YamlNode t : tokens) {
            TokenSpec spec = spec(t);
            spec.capture().ifPresent(c -> {
                if (!captures.add(c)) {
                    throw t.error("capture '" + c + "' is named twice");
                }
            });
            specs.add(spec);
        }
        TokenPattern pattern = new TokenPattern(id, specs, label + ":" + root.line());
        return new PatternDefinition(pattern, root.string("description", ""), examples(root, captures), label);
    }

    private TokenSpec spec(YamlNode t) {
        if (!t.isMap()) {
            throw t.error("a token is a mapping (lower, lemma, text, pos, quoted, phrase, gap, op, capture)");
        }
        List<String> keys = new ArrayList<>(List.of("phrase", "on", "gap", "op", "capture", "quoted"));
        for (Attribute a : Attribute.values()) {
            if (a != Attribute.QUOTED) {
                keys.add(a.key());
                keys.add("not-" + a.key());
            }
        }
        t.requireOnlyKeys(keys.toArray(String[]::new));
        Optional<String> capture = t.opt("capture").map(YamlNode::asString);
        if (t.opt("gap").isPresent()) {
            if (t.asMap().size() > (capture.isPresent() ? 2 : 1)) {
                throw t.error("a gap takes no tests (only gap and capture)");
            }
            YamlNode g = t.get("gap");
            int n = g.asInt();
            if (n < 1 || n > TokenSpec.MAX_REPEAT) {
                throw g.error("gap must be between 1 and " + TokenSpec.MAX_REPEAT + ", got " + n);
            }
            return new TokenSpec(List.of(), Optional.empty(), 0, n, capture);
        }
        List<TokenTest> tests = new ArrayList<>();
        // "quoted: false": the token stands outside quotation marks
        t.opt("quoted").ifPresent(q -> tests.add(new TokenTest(Attribute.QUOTED, Set.of(String.valueOf(q.asBool())),
                false)));
        for (Attribute a : Attribute.values()) {
            if (a == Attribute.QUOTED) {
                continue;
            }
            for (boolean negated : new boolean[] {false, true}) {
                String key = (negated ? "not-" : "") + a.key();
                t.opt(key).ifPresent(v -> tests.add(new TokenTest(a, values(v, a), negated)));
            }
        }
        Optional<PhraseSet> phrase = Optional.empty();
        if (t.opt("phrase").isPresent()) {
            Attribute on = t.opt("on").map(n -> Attribute.fromKey(n.asString()).filter(x -> x == Attribute.LOWER
                    || x == Attribute.LEMMA).orElseThrow(() -> n.error("on must be lower or lemma"))).orElse(Attribute.LOWER);
            List<List<String>> phrases = new ArrayList<>();
            for (String p : strings(t.get("phrase"))) {
                phrases.add(List.of(p.toLowerCase(Locale.ROOT).strip().split("\\s+")));
            }
            phrase = Optional.of(new PhraseSet(on, phrases));
        } else if (t.opt("on").isPresent()) {
            throw t.get("on").error("on belongs to a phrase");
        }
        if (tests.isEmpty() && phrase.isEmpty()) {
            throw t.error("a token needs a test (lower, lemma, text, pos), a phrase or a gap");
        }
        int min = 1;
        int max = 1;
        Optional<YamlNode> op = t.opt("op");
        if (op.isPresent()) {
            String o = op.get().asString();
            Matcher m = REPEAT.matcher(o);
            switch (o) {
                case "?" -> min = 0;
                case "*" -> {
                    min = 0;
                    max = TokenSpec.MAX_REPEAT;
                }
                case "+" -> max = TokenSpec.MAX_REPEAT;
                default -> {
                    if (!m.matches()) {
                        throw op.get().error("op must be ?, *, + or {m,n}, got '" + o + "'");
                    }
                    min = Integer.parseInt(m.group(1));
                    max = Integer.parseInt(m.group(2));
                    if (max < 1 || min > max || max > TokenSpec.MAX_REPEAT) {
                        throw op.get().error("{m,n} needs 0 <= m <= n, 1 <= n <= " + TokenSpec.MAX_REPEAT);
                    }
                }
            }
            if (phrase.isPresent() && max > 1) {
                throw op.get().error("a phrase may only be optional (op: ?)");
            }
        }
        return new TokenSpec(tests, phrase, min, max, capture);
    }

    private Set<String> values(YamlNode v, Attribute a) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : strings(v)) {
            out.add(a == Attribute.LOWER || a == Attribute.LEMMA ? s.toLowerCase(Locale.ROOT) : s);
        }
        return out;
    }

    /** A value, a list of values, or a {@code $file.key...} reference to a lexicon list. */
    private List<String> strings(YamlNode v) {
        if (v.isList()) {
            return v.asStringList();
        }
        String s = v.asString();
        if (!s.startsWith("$")) {
            return List.of(s);
        }
        String[] path = s.substring(1).split("\\.");
        if (path.length < 2) {
            throw v.error("a vocabulary reference is $file.key (e.g. $quantities.zero-words), got '" + s + "'");
        }
        YamlNode node;
        try {
            node = lexiconFiles.apply(path[0] + ".yaml");
        } catch (RuleFileException e) {
            throw v.error("unknown lexicon file in '" + s + "' (lexicon/" + path[0] + ".yaml)");
        }
        for (int i = 1; i < path.length; i++) {
            if (!node.isMap() || node.opt(path[i]).isEmpty()) {
                throw v.error("'" + s + "': no key '" + path[i] + "' in lexicon/" + path[0] + ".yaml");
            }
            node = node.get(path[i]);
        }
        if (!node.isList()) {
            throw v.error("'" + s + "' is not a list (" + node.file() + ":" + node.line() + ")");
        }
        return node.asStringList();
    }

    private static List<PatternDefinition.Example> examples(YamlNode root, Set<String> captures) {
        List<PatternDefinition.Example> out = new ArrayList<>();
        YamlNode ex = root.opt("examples").orElse(null);
        if (ex == null) {
            return out;
        }
        ex.requireOnlyKeys("match", "no-match");
        for (String key : List.of("match", "no-match")) {
            for (YamlNode e : ex.opt(key).map(YamlNode::asList).orElse(List.of())) {
                e.requireOnlyKeys("text", "captures");
                Map<String, String> want = new LinkedHashMap<>();
                boolean must = key.equals("match");
                e.opt("captures").ifPresent(c -> {
                    if (!must) {
                        throw c.error("a no-match example has no captures");
                    }
                    c.asMap().forEach((name, value) -> {
                        if (!captures.contains(name)) {
                            throw value.error("the pattern has no capture '" + name + "'");
                        }
                        want.put(name, value.asString());
                    });
                });
                out.add(new PatternDefinition.Example(must, e.get("text").asString(), want, e.line()));
            }
        }
        return out;
    }
}
