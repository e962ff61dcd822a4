package dev.crosscheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which crosscheck produced a report: its version and the commit it was built from (both written
 * into the jar at build time; "unknown" when built outside a git checkout), and the digest of the
 * rule set in use.
 *
 * @param version     the project version
 * @param commit      the full commit id, with "-dirty" when the tree had uncommitted changes, or "unknown"
 * @param rulesDigest {@code sha256:<hex>} of the rules in use (see {@code RuleLoader})
 */
public record ToolInfo(String version, String commit, String rulesDigest) {

    /** The tool's name in reports. */
    public static final String NAME = "crosscheck";
    private static final String RESOURCE = "/crosscheck/version.properties";

    /** The build's version and commit, with {@code rulesDigest}. */
    public static ToolInfo of(String rulesDigest) {
        Properties p = build();
        return new ToolInfo(known(p.getProperty("version")), commit(p), rulesDigest);
    }

    /** The properties Maven wrote at build time (empty when absent). */
    public static Properties build() {
        Properties p = new Properties();
        try (InputStream in = ToolInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String commit(Properties p) {
        String id = known(p.getProperty("commit"));
        if (!id.equals("unknown") && "true".equals(p.getProperty("dirty"))) {
            return id + "-dirty";
        }
        return id;
    }

    /** A filtered value, or "unknown" when the build left the placeholder (no git) or nothing. */
    private static String known(String v) {
        return v == null || v.isBlank() || v.contains("${") ? "unknown" : v.strip();
    }
}
