package dev.crosscheck.finding;

/**
 * A disagreement between two claims, ready to be rendered.
 *
 * @param id       stable fingerprint (see {@link Fingerprint})
 * @param severity how sure the contradiction is
 * @param rule     id of the rule that produced it
 * @param category what kind of fact is in dispute
 * @param subject  readable name of what both claims are about
 * @param a        first claim (the earlier by source, then line)
 * @param b        second claim
 * @param message  one plain sentence for an editor
 */
public record Finding(String id, Severity severity, String rule, Category category, String subject,
                      Evidence a, Evidence b, String message) {

    /** This finding at another severity (a level the user set for its rule). */
    public Finding withSeverity(Severity s) {
        return s == severity ? this : new Finding(id, s, rule, category, subject, a, b, message);
    }
}
