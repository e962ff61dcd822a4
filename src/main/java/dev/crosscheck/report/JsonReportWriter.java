package dev.crosscheck.report;

import dev.crosscheck.finding.Evidence;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code --format json}: the report as one JSON document, schema {@code crosscheck-report}
 * version {@value #SCHEMA_VERSION} (docs/report-json.md; JSON Schema in
 * {@code crosscheck/report.schema.json} inside the jar). UTF-8, LF line ends, keys in a fixed
 * order, no timestamps: equal runs give equal bytes.
 */
public final class JsonReportWriter implements ReportRenderer {

    /** The schema's name, the document's {@code "schema"} value. */
    public static final String SCHEMA = "crosscheck-report";
    /** Raised when a field is removed or changes meaning; new optional fields keep the version. */
    public static final int SCHEMA_VERSION = 1;

    @Override
    public void render(Report report, OutputStream out, boolean toFile) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()));
        JsonWriter j = new JsonWriter(w);
        j.beginObject();
        j.field("schema", SCHEMA).field("schemaVersion", SCHEMA_VERSION);
        j.name("tool").beginObject()
                .field("name", ToolInfo.NAME)
                .field("version", report.tool().version())
                .field("commit", report.tool().commit())
                .field("rulesDigest", report.tool().rulesDigest())
                .endObject();
        j.name("summary").beginObject().field("articles", report.articles());
        j.name("findings").beginObject();
        for (Severity s : Severity.values()) {
            j.field(s.label(), report.findings().stream().filter(f -> f.severity() == s).count());
        }
        j.endObject();
        j.field("suppressedByBaseline", report.suppressed()).field("notInvolvingTarget", report.leftOut());
        j.endObject();
        j.name("notChecked").beginArray();
        for (Report.NotChecked n : report.notChecked()) {
            j.beginObject().field("kind", n.kind()).field("name", n.name()).field("reason", n.reason()).endObject();
        }
        j.endArray();
        j.name("findings").beginArray();
        for (Finding f : report.findings()) {
            j.beginObject()
                    .field("id", f.id())
                    .field("severity", f.severity().label())
                    .field("rule", f.rule())
                    .field("category", f.category().label())
                    .field("subject", f.subject());
            evidence(j.name("a"), f.a());
            evidence(j.name("b"), f.b());
            j.field("message", f.message()).endObject();
        }
        j.endArray();
        j.endObject();
        j.finish();
    }

    private static void evidence(JsonWriter j, Evidence e) throws IOException {
        j.beginObject()
                .field("value", e.value())
                .field("normalized", e.normalized())
                .field("source", e.source())
                .field("line", e.line())
                .field("evidence", e.sentence())
                .endObject();
    }
}
