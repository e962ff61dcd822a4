package dev.crosscheck.rules;

import dev.crosscheck.finding.Severity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything read from the rule folders, with the user's rule levels applied.
 *
 * @param origin  where the rules came from, for the summary ("built-in rules + my-rules")
 * @param rules   the rules that run, sorted by id (a rule switched off is not among them)
 * @param lexicon the vocabulary
 * @param digest  {@code sha256:<hex>} of the rule and lexicon files' names and contents (line ends
 *                normalised) and of the levels, so a report can say which rule set produced it
 * @param levels  rule id → the level its findings are reported at ({@code --rule ID=LEVEL}); rules
 *                not named keep their files' severities
 */
public record RuleSet(String origin, List<RuleDefinition> rules, Lexicon lexicon, String digest,
                      Map<String, Severity> levels) {

    public RuleSet {
        rules = List.copyOf(rules);
        levels = Map.copyOf(levels);
    }

    /** Rules as their files say, no levels set. */
    public RuleSet(String origin, List<RuleDefinition> rules, Lexicon lexicon, String digest) {
        this(origin, rules, lexicon, digest, Map.of());
    }

    /** The rule with this id, or null. */
    public RuleDefinition rule(String id) {
        for (RuleDefinition r : rules) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    /** The rules' ids, sorted (for messages listing the choices). */
    public List<String> ids() {
        return rules.stream().map(RuleDefinition::id).toList();
    }

    /**
     * These rules with levels set: an empty level switches the rule off (it does not run, so a
     * more general rule compares what it selected), a severity becomes the level its findings are
     * reported at (see {@link #adjust}).
     *
     * @throws IllegalArgumentException for an id that is not a rule of this set
     */
    public RuleSet withLevels(Map<String, Optional<Severity>> settings) {
        if (settings.isEmpty()) {
            return this;
        }
        Map<String, Severity> newLevels = new TreeMap<>(levels);
        List<RuleDefinition> kept = new ArrayList<>();
        for (String id : settings.keySet()) {
            if (rule(id) == null) {
                throw new IllegalArgumentException("unknown rule '" + id + "'");
            }
        }
        for (RuleDefinition r : rules) {
            Optional<Severity> level = settings.get(r.id());
            if (level == null) {
                kept.add(r);
            } else if (level.isPresent()) {
                kept.add(r);
                newLevels.put(r.id(), level.get());
            } else {
                newLevels.remove(r.id());
            }
        }
        StringBuilder key = new StringBuilder(digest);
        new TreeMap<>(settings).forEach((id, level) -> key.append('\n').append(id).append('=')
                .append(level.map(Severity::label).orElse("off")));
        return new RuleSet(origin, kept, lexicon, sha256(key.toString()), newLevels);
    }

    /**
     * The severity a finding of rule {@code ruleId} is reported at: with a level set, the rule's
     * main findings (at the severity of its file) take that level, and its lesser findings
     * (inferred, updates) keep theirs unless they are above it.
     */
    public Severity adjust(String ruleId, Severity found) {
        Severity level = levels.get(ruleId);
        if (level == null) {
            return found;
        }
        RuleDefinition r = rule(ruleId);
        if (r != null && found == r.severity()) {
            return level;
        }
        return found.atLeast(level) ? level : found;
    }

    /** The rules as reports describe them: each at the level its main findings are reported at. */
    public List<RuleDefinition> asReported() {
        return rules.stream().map(r -> levels.containsKey(r.id()) ? r.withSeverity(levels.get(r.id())) : r).toList();
    }

    private static String sha256(String text) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
