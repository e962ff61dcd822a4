package dev.crosscheck.compare;

import dev.crosscheck.finding.Evidence;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Fingerprint;
import dev.crosscheck.finding.MessageTemplate;
import dev.crosscheck.finding.Severity;
import dev.crosscheck.rules.RuleDefinition;
import dev.crosscheck.rules.RuleFileException;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a pair of claims into a {@link Finding} for one rule: orients the pair (side a is the
 * earlier by source, then line), fills the message template and computes the fingerprint.
 */
final class Emitter {

    private static final Set<String> SIDE_VARS = Set.of("value", "written", "normalized", "source", "line", "evidence");

    private final RuleDefinition rule;
    private final MessageTemplate template;

    /**
     * @param sideVars   extra per-side variables the comparison provides (used as name_a, name_b)
     * @param sharedVars extra variables shared by both sides
     */
    Emitter(RuleDefinition rule, Set<String> sideVars, Set<String> sharedVars) {
        this.rule = rule;
        this.template = new MessageTemplate(rule.message());
        Set<String> allowed = new TreeSet<>(sharedVars);
        allowed.add("subject");
        allowed.add("rule");
        for (String v : union(SIDE_VARS, sideVars)) {
            allowed.add(v + "_a");
            allowed.add(v + "_b");
        }
        for (String p : template.placeholders()) {
            if (!allowed.contains(p)) {
                throw new RuleFileException(rule.file(), 0, "message uses unknown placeholder {" + p
                        + "} (available: " + String.join(", ", allowed) + ")");
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    RuleDefinition rule() {
        return rule;
    }

    Finding emit(Severity severity, String subject, Side x, Side y, Map<String, String> shared) {
        boolean swap = compare(x.evidence(), y.evidence()) > 0;
        Side a = swap ? y : x;
        Side b = swap ? x : y;
        Map<String, String> vars = new HashMap<>(shared);
        vars.put("subject", subject);
        vars.put("rule", rule.id());
        put(vars, "a", a);
        put(vars, "b", b);
        if (fileName(a.evidence().source()).equals(fileName(b.evidence().source()))) {
            // both sides in one file: "line 3 ... line 7 of 003_x.txt"
            vars.put("source_a", "line " + a.evidence().line());
            vars.put("source_b", "line " + b.evidence().line() + " of " + fileName(b.evidence().source()));
        }
        String id = Fingerprint.of(rule.id(), subject, a.evidence().normalized(), fileName(a.evidence().source()),
                b.evidence().normalized(), fileName(b.evidence().source()));
        return new Finding(id, severity, rule.id(), rule.category(), subject, a.evidence(), b.evidence(),
                sentence(template.render(vars)));
    }

    /** A message that starts with the "line 3" of a same-file pair starts with a capital. */
    private static String sentence(String message) {
        return message.startsWith("line ") ? "L" + message.substring(1) : message;
    }

    private static void put(Map<String, String> vars, String suffix, Side s) {
        Evidence e = s.evidence();
        vars.put("value_" + suffix, e.value());
        vars.put("written_" + suffix, Readable.written(e.value()));
        vars.put("normalized_" + suffix, e.normalized());
        vars.put("source_" + suffix, fileName(e.source()));
        vars.put("line_" + suffix, Integer.toString(e.line()));
        vars.put("evidence_" + suffix, e.sentence());
        s.vars().forEach((k, v) -> vars.put(k + "_" + suffix, v));
    }

    private static int compare(Evidence x, Evidence y) {
        int c = x.source().compareTo(y.source());
        return c != 0 ? c : Integer.compare(x.line(), y.line());
    }

    static String fileName(String source) {
        Path p = Path.of(source).getFileName();
        return p == null ? source : p.toString();
    }
}
