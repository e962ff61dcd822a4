package dev.crosscheck.report;

import dev.crosscheck.finding.Evidence;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;
import dev.crosscheck.rules.RuleDefinition;
import dev.crosscheck.text.Prose;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --format sarif}: SARIF 2.1.0, one run. The driver lists every rule of the rule set
 * (id, name, short and full description, help, default level, category), its version and, in
 * its properties, the commit it was built from and the rule digest. Each finding is a result:
 * the first claim is the location, the second a related location, the finding id the partial
 * fingerprint {@value #FINGERPRINT}. Relative sources stay relative URIs
 * ({@code uriBaseId %SRCROOT%}, the directory crosscheck ran from), absolute ones become
 * {@code file:} URIs. Inputs and rules that could not be checked are tool execution
 * notifications. Same layout rules as {@link JsonWriter}: equal runs give equal bytes.
 */
public final class SarifReportWriter implements ReportRenderer {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT = "crosscheckFindingId/v1";

    @Override
    public void render(Report report, OutputStream out, boolean toFile) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()));
        JsonWriter j = new JsonWriter(w);
        Map<String, Integer> ruleIndex = new HashMap<>();
        j.beginObject().field("$schema", SCHEMA).field("version", "2.1.0");
        j.name("runs").beginArray().beginObject();
        j.name("tool").beginObject().name("driver").beginObject()
                .field("name", ToolInfo.NAME)
                .field("version", report.tool().version())
                .field("semanticVersion", report.tool().version());
        j.name("rules").beginArray();
        List<RuleDefinition> rules = report.rules();
        for (int i = 0; i < rules.size(); i++) {
            rule(j, rules.get(i));
            ruleIndex.put(rules.get(i).id(), i);
        }
        j.endArray();
        j.name("properties").beginObject()
                .field("commit", report.tool().commit())
                .field("rulesDigest", report.tool().rulesDigest())
                .endObject();
        j.endObject().endObject();
        invocation(j, report);
        j.name("results").beginArray();
        for (Finding f : report.findings()) {
            result(j, f, ruleIndex.get(f.rule()));
        }
        j.endArray();
        j.field("columnKind", "utf16CodeUnits");
        j.endObject().endArray();
        j.endObject();
        j.finish();
    }

    private static void rule(JsonWriter j, RuleDefinition r) throws IOException {
        String description = r.description().isBlank() ? r.id() : r.description().strip();
        j.beginObject()
                .field("id", r.id())
                .field("name", pascal(r.id()));
        j.name("shortDescription").beginObject().field("text", Prose.firstSentence(description)).endObject();
        j.name("fullDescription").beginObject().field("text", description).endObject();
        j.name("help").beginObject().field("text", description + " Each finding names both claims with "
                + "their file, line and sentence: check the sources and correct the article that is wrong; "
                + "a difference that is accepted can be recorded in a baseline (crosscheck baseline create) "
                + "so that it no longer fails the check.").endObject();
        j.name("defaultConfiguration").beginObject().field("level", level(r.severity())).endObject();
        j.name("properties").beginObject()
                .field("category", r.category().label());
        j.name("tags").beginArray().value(r.category().label()).endArray();
        j.endObject();
        j.endObject();
    }

    private static void invocation(JsonWriter j, Report report) throws IOException {
        j.name("invocations").beginArray().beginObject();
        j.name("executionSuccessful").value(report.notChecked().isEmpty());
        if (!report.notChecked().isEmpty()) {
            j.name("toolExecutionNotifications").beginArray();
            for (Report.NotChecked n : report.notChecked()) {
                j.beginObject().field("level", "error");
                j.name("message").beginObject().field("text", n.name() + ": " + n.reason()).endObject();
                j.name("descriptor").beginObject().field("id", n.kind()).endObject();
                j.endObject();
            }
            j.endArray();
        }
        j.endObject().endArray();
    }

    private static void result(JsonWriter j, Finding f, Integer index) throws IOException {
        j.beginObject().field("ruleId", f.rule());
        if (index != null) {
            j.field("ruleIndex", index);
        }
        j.field("level", level(f.severity()));
        j.name("message").beginObject().field("text", f.message()).endObject();
        j.name("locations").beginArray();
        location(j, f.a(), null);
        j.endArray();
        j.name("relatedLocations").beginArray();
        location(j, f.b(), 1);
        j.endArray();
        j.name("partialFingerprints").beginObject().field(FINGERPRINT, f.id()).endObject();
        j.name("properties").beginObject()
                .field("id", f.id())
                .field("category", f.category().label())
                .field("subject", f.subject())
                .field("valueA", f.a().value())
                .field("normalizedA", f.a().normalized())
                .field("valueB", f.b().value())
                .field("normalizedB", f.b().normalized())
                .endObject();
        j.endObject();
    }

    private static void location(JsonWriter j, Evidence e, Integer id) throws IOException {
        j.beginObject();
        if (id != null) {
            j.field("id", id);
        }
        j.name("physicalLocation").beginObject();
        j.name("artifactLocation").beginObject();
        String uri = uri(e.source());
        j.field("uri", uri);
        if (!uri.startsWith("file:")) {
            j.field("uriBaseId", "%SRCROOT%");
        }
        j.endObject();
        j.name("region").beginObject().field("startLine", Math.max(1, e.line()));
        j.name("snippet").beginObject().field("text", e.sentence()).endObject();
        j.endObject();
        j.endObject();
        j.name("message").beginObject().field("text", e.value()).endObject();
        j.endObject();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * A source as a URI reference: separators become {@code /}, characters outside the URI path
     * set are percent-encoded as UTF-8; an absolute path becomes a {@code file:} URI.
     */
    static String uri(String source) {
        String path = source.replace('\\', '/');
        boolean absolute = path.startsWith("/");
        StringBuilder sb = new StringBuilder(absolute ? "file://" : "");
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/!$&'()*+,;=@".indexOf(c) >= 0)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }

    private static String pascal(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }
}
