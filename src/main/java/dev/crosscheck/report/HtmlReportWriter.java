package dev.crosscheck.report;

import dev.crosscheck.finding.Category;
import dev.crosscheck.finding.Evidence;
import dev.crosscheck.finding.Finding;
import dev.crosscheck.finding.Severity;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes findings as one self-contained HTML page for editors: inline CSS, no scripts, no
 * network resources, printable. The top lists the articles read and the counts by severity and
 * category; the body groups findings by subject, most severe first, each with both evidence
 * sentences side by side and the differing values marked. Filters by severity and category are
 * radio inputs styled with {@code :checked}, so they work without JavaScript. All article text is
 * HTML-escaped. The file is replaced atomically, like the CSV report.
 *
 * <p>As {@code --format html}'s renderer it writes {@link Report#findings()} (what is left after
 * {@code --target} and {@code --baseline}) with the page it was made with.
 */
public final class HtmlReportWriter implements ReportRenderer {

    /**
     * One article as the report lists it.
     *
     * @param file     the file name
     * @param outlet   the publishing outlet, empty when unknown
     * @param title    the headline, empty when unknown
     * @param dateline the dateline as written, empty when none
     * @param words    the number of words (tokens) read
     * @param note     how the text was read, e.g. "lines refer to the text extracted from the HTML"; may be empty
     */
    public record ArticleRow(String file, String outlet, String title, String dateline, int words, String note) {
        public ArticleRow {
            outlet = Objects.requireNonNullElse(outlet, "");
            title = Objects.requireNonNullElse(title, "");
            dateline = Objects.requireNonNullElse(dateline, "");
            note = Objects.requireNonNullElse(note, "");
        }
    }

    /**
     * What the page shows besides the findings.
     *
     * @param title    the page title, e.g. "crosscheck: seeds"
     * @param articles the articles read, in input order
     * @param problems inputs and rules that could not be checked, one line each (may be empty)
     */
    public record Page(String title, List<ArticleRow> articles, List<String> problems) {
        public Page {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }

    private final Page page;

    /** A renderer of {@code --format html}: {@code page} gives the title, the articles and what was not checked. */
    public HtmlReportWriter(Page page) {
        this.page = Objects.requireNonNull(page, "page");
    }

    @Override
    public void render(Report report, OutputStream out, boolean toFile) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()));
        w.write(render(report.findings(), page));
        w.flush();
    }

    /** Writes the page to {@code target} (see {@link #stage}). */
    public static void write(Path target, List<Finding> findings, Page page) throws IOException {
        try (StagedFile staged = stage(target, findings, page)) {
            staged.commit();
        }
    }

    /**
     * Writes the page to a temporary file beside {@code target}; {@link StagedFile#commit()} moves it
     * into place. On failure no temporary file remains.
     */
    public static StagedFile stage(Path target, List<Finding> findings, Page page) throws IOException {
        Objects.requireNonNull(target, "target");
        String html = render(findings, page);
        return StagedFile.write(target, ".html.tmp", out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()));
            w.write(html);
            w.flush();
        });
    }

    /** The whole page; the same findings and page give the same text. */
    public static String render(List<Finding> findings, Page page) {
        StringBuilder sb = new StringBuilder(16_384);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"generator\" content=\"crosscheck\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(page.title())).append("</title>\n<style>\n").append(CSS)
                .append(filterCss()).append("</style>\n</head>\n<body>\n");
        // the filter inputs precede everything they filter (CSS sibling selectors)
        sb.append("<input type=\"radio\" name=\"sev\" id=\"sev-all\" class=\"flt\" checked>\n");
        for (Severity s : Severity.values()) {
            sb.append("<input type=\"radio\" name=\"sev\" id=\"sev-").append(s.label()).append("\" class=\"flt\">\n");
        }
        sb.append("<input type=\"radio\" name=\"cat\" id=\"cat-all\" class=\"flt\" checked>\n");
        for (Category c : Category.values()) {
            sb.append("<input type=\"radio\" name=\"cat\" id=\"cat-").append(c.label()).append("\" class=\"flt\">\n");
        }
        sb.append("<header>\n<h1>").append(esc(page.title())).append("</h1>\n");
        sb.append("<p class=\"lead\">").append(findings.size()).append(findings.size() == 1 ? " finding" : " findings")
                .append(" in ").append(page.articles().size())
                .append(page.articles().size() == 1 ? " article" : " articles").append(".</p>\n");
        sb.append("<div class=\"tops\">\n");
        articles(sb, page);
        counts(sb, findings);
        sb.append("</div>\n");
        problems(sb, page);
        sb.append("</header>\n");
        filters(sb, findings);
        sb.append("<main>\n");
        body(sb, findings);
        sb.append("</main>\n<footer>Written by crosscheck. Lines are 1-based lines of each article's text");
        if (page.articles().stream().anyMatch(a -> !a.note().isEmpty())) {
            sb.append(" (for Markdown and HTML inputs, of the text extracted from them)");
        }
        sb.append(".</footer>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void articles(StringBuilder sb, Page page) {
        sb.append("<section class=\"articles\">\n<h2>Articles read</h2>\n<table>\n<thead><tr><th>file</th>"
                + "<th>outlet</th><th>headline</th><th>dateline</th><th class=\"num\">words</th></tr></thead>\n<tbody>\n");
        for (ArticleRow a : page.articles()) {
            sb.append("<tr><td class=\"file\">").append(esc(a.file()));
            if (!a.note().isEmpty()) {
                sb.append("<div class=\"note\">").append(esc(a.note())).append("</div>");
            }
            sb.append("</td><td>").append(dash(a.outlet())).append("</td><td>").append(dash(a.title()))
                    .append("</td><td>").append(dash(a.dateline())).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%,d", a.words())).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    private static void problems(StringBuilder sb, Page page) {
        if (page.problems().isEmpty()) {
            return;
        }
        sb.append("<section class=\"problems\">\n<h2>Not checked</h2>\n<ul>\n");
        for (String p : page.problems()) {
            sb.append("<li>").append(esc(p)).append("</li>\n");
        }
        sb.append("</ul>\n</section>\n");
    }

    private static void counts(StringBuilder sb, List<Finding> findings) {
        Map<Category, Map<Severity, Integer>> table = new EnumMap<>(Category.class);
        Map<Severity, Integer> total = new EnumMap<>(Severity.class);
        for (Finding f : findings) {
            table.computeIfAbsent(f.category(), c -> new EnumMap<>(Severity.class)).merge(f.severity(), 1, Integer::sum);
            total.merge(f.severity(), 1, Integer::sum);
        }
        sb.append("<section class=\"counts\">\n<h2>Findings by severity and category</h2>\n<table>\n<thead><tr>"
                + "<th>category</th>");
        for (Severity s : Severity.values()) {
            sb.append("<th class=\"num sev-").append(s.label()).append("\">").append(s.label()).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (Map.Entry<Category, Map<Severity, Integer>> e : table.entrySet()) {
            sb.append("<tr><td>").append(e.getKey().label()).append("</td>");
            for (Severity s : Severity.values()) {
                sb.append("<td class=\"num\">").append(zero(e.getValue().getOrDefault(s, 0))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("<tr class=\"total\"><td>all</td>");
        for (Severity s : Severity.values()) {
            sb.append("<td class=\"num\">").append(zero(total.getOrDefault(s, 0))).append("</td>");
        }
        sb.append("</tr>\n</tbody>\n</table>\n</section>\n");
    }

    private static String zero(int n) {
        return n == 0 ? "<span class=\"zero\">0</span>" : Integer.toString(n);
    }

    private static void filters(StringBuilder sb, List<Finding> findings) {
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (Finding f : findings) {
            severities.add(f.severity());
            categories.add(f.category());
        }
        sb.append("<nav class=\"filters\" aria-label=\"filters\">\n<span class=\"fl\">Severity:</span> "
                + "<label for=\"sev-all\" class=\"chip l-sev-all\">all</label>");
        for (Severity s : severities) {
            sb.append(" <label for=\"sev-").append(s.label()).append("\" class=\"chip l-sev-").append(s.label())
                    .append("\">").append(s.label()).append("</label>");
        }
        sb.append("\n<span class=\"fl\">Category:</span> <label for=\"cat-all\" class=\"chip l-cat-all\">all</label>");
        for (Category c : categories) {
            sb.append(" <label for=\"cat-").append(c.label()).append("\" class=\"chip l-cat-").append(c.label())
                    .append("\">").append(c.label()).append("</label>");
        }
        sb.append("\n</nav>\n");
    }

    /** Findings of one subject: the report order within, most severe first between groups. */
    private record Group(String subject, List<Finding> findings) {
        Severity worst() {
            Severity w = Severity.INFO;
            for (Finding f : findings) {
                if (f.severity().ordinal() < w.ordinal()) {
                    w = f.severity();
                }
            }
            return w;
        }
    }

    private static List<Group> groups(List<Finding> findings) {
        Map<String, List<Finding>> bySubject = new LinkedHashMap<>();
        for (Finding f : findings) {
            bySubject.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
        }
        List<Group> out = new ArrayList<>();
        bySubject.forEach((k, v) -> {
            List<Finding> sorted = new ArrayList<>(v);
            sorted.sort((x, y) -> Integer.compare(x.severity().ordinal(), y.severity().ordinal()));
            out.add(new Group(k, sorted));
        });
        // stable: groups of equal severity keep the report's order
        out.sort((x, y) -> Integer.compare(x.worst().ordinal(), y.worst().ordinal()));
        return out;
    }

    private static void body(StringBuilder sb, List<Finding> findings) {
        if (findings.isEmpty()) {
            sb.append("<p class=\"none\">No discrepancies found.</p>\n");
            return;
        }
        for (Group g : groups(findings)) {
            group(sb, g);
        }
        sb.append("<p class=\"empty\">No findings match these filters.</p>\n");
    }

    private static void group(StringBuilder sb, Group g) {
        List<Finding> shown = new ArrayList<>();
        List<Finding> compatible = new ArrayList<>();
        for (Finding f : g.findings()) {
            (f.severity() == Severity.INFO ? compatible : shown).add(f);
        }
        Set<String> classes = new java.util.TreeSet<>();
        for (Finding f : g.findings()) {
            classes.add("has-sev-" + f.severity().label());
            classes.add("has-cat-" + f.category().label());
        }
        sb.append("<section class=\"group worst-").append(g.worst().label()).append(' ')
                .append(String.join(" ", classes)).append("\">\n<h2 class=\"subject\">").append(esc(g.subject()))
                .append(" <span class=\"count\">").append(g.findings().size())
                .append(g.findings().size() == 1 ? " finding" : " findings").append("</span></h2>\n");
        if (!shown.isEmpty()) {
            finding(sb, shown.get(0));
            if (shown.size() > 1) {
                List<Finding> rest = shown.subList(1, shown.size());
                sb.append("<details class=\"more ").append(classesOf(rest)).append("\">\n<summary>")
                        .append(rest.size()).append(" more ").append(rest.size() == 1 ? "finding" : "findings")
                        .append(" about ").append(esc(g.subject())).append(": ").append(esc(rulesOf(rest)))
                        .append("</summary>\n");
                rest.forEach(f -> finding(sb, f));
                sb.append("</details>\n");
            }
        }
        if (!compatible.isEmpty()) {
            sb.append("<details class=\"compatible ").append(classesOf(compatible)).append("\">\n<summary>")
                    .append(compatible.size()).append(" compatible ")
                    .append(compatible.size() == 1 ? "wording" : "wordings")
                    .append(" (info): the values agree but are worded differently</summary>\n");
            compatible.forEach(f -> finding(sb, f));
            sb.append("</details>\n");
        }
        sb.append("</section>\n");
    }

    private static String classesOf(List<Finding> fs) {
        Set<String> classes = new java.util.TreeSet<>();
        for (Finding f : fs) {
            classes.add("has-sev-" + f.severity().label());
            classes.add("has-cat-" + f.category().label());
        }
        return String.join(" ", classes);
    }

    private static String rulesOf(List<Finding> fs) {
        Set<String> rules = new java.util.LinkedHashSet<>();
        fs.forEach(f -> rules.add(f.rule()));
        return String.join(", ", rules);
    }

    private static void finding(StringBuilder sb, Finding f) {
        Highlight h = Highlight.of(f.a(), f.b());
        sb.append("<article class=\"finding sev-").append(f.severity().label()).append(" cat-")
                .append(f.category().label()).append("\" id=\"f-").append(esc(f.id())).append("\">\n")
                .append("<p class=\"msg\"><span class=\"badge b-").append(f.severity().label()).append("\">")
                .append(f.severity().label()).append("</span> <span class=\"cat\">").append(f.category().label())
                .append("</span> ").append(esc(f.message())).append("</p>\n<div class=\"sides\">\n");
        side(sb, "A", f.a(), h.a());
        side(sb, "B", f.b(), h.b());
        sb.append("</div>\n<p class=\"meta\">rule <code>").append(esc(f.rule())).append("</code> · id <code>")
                .append(esc(f.id())).append("</code></p>\n</article>\n");
    }

    private static void side(StringBuilder sb, String label, Evidence e, String sentenceHtml) {
        sb.append("<div class=\"side\">\n<p class=\"where\"><span class=\"lbl\">").append(label)
                .append("</span> <span class=\"src\">").append(esc(fileName(e.source()))).append("</span>, line ")
                .append(e.line()).append("</p>\n<blockquote>").append(sentenceHtml).append("</blockquote>\n")
                .append("<p class=\"value\">value: <q>").append(esc(e.value())).append("</q>");
        if (!e.normalized().isEmpty() && !Highlight.words(e.normalized()).equals(Highlight.words(e.value()))) {
            sb.append(" <span class=\"norm\">(read as <code>").append(esc(e.normalized())).append("</code>)</span>");
        }
        sb.append("</p>\n</div>\n");
    }

    static String fileName(String source) {
        Path p = Path.of(source).getFileName();
        return p == null ? source : p.toString();
    }

    private static String dash(String s) {
        return s.isEmpty() ? "<span class=\"zero\">–</span>" : esc(s);
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String filterCss() {
        StringBuilder css = new StringBuilder();
        for (Severity s : Severity.values()) {
            String id = "#sev-" + s.label() + ":checked";
            css.append(id).append(" ~ main .finding:not(.sev-").append(s.label()).append("),")
                    .append(id).append(" ~ main .group:not(.has-sev-").append(s.label()).append("),")
                    .append(id).append(" ~ main details:not(.has-sev-").append(s.label()).append(")")
                    .append("{display:none}\n")
                    .append(id).append(" ~ nav .l-sev-").append(s.label()).append(ACTIVE);
            if (s == Severity.INFO) {
                // asking for info findings unfolds them
                css.append(id).append(" ~ main details.compatible::details-content{content-visibility:visible}\n")
                        .append(id).append(" ~ main details.compatible > summary{display:none}\n");
            }
        }
        for (Category c : Category.values()) {
            String id = "#cat-" + c.label() + ":checked";
            css.append(id).append(" ~ main .finding:not(.cat-").append(c.label()).append("),")
                    .append(id).append(" ~ main .group:not(.has-cat-").append(c.label()).append("),")
                    .append(id).append(" ~ main details:not(.has-cat-").append(c.label()).append(")")
                    .append("{display:none}\n")
                    .append(id).append(" ~ nav .l-cat-").append(c.label()).append(ACTIVE);
        }
        css.append("#sev-all:checked ~ nav .l-sev-all").append(ACTIVE)
                .append("#cat-all:checked ~ nav .l-cat-all").append(ACTIVE);
        // a filter unfolds the repeated findings it selects
        css.append(".flt:not(#sev-all):not(#cat-all):checked ~ main details.more::details-content")
                .append("{content-visibility:visible}\n")
                .append(".flt:not(#sev-all):not(#cat-all):checked ~ main details.more > summary{display:none}\n");
        // both filters at once: groups without a matching finding go, and an empty result says so
        for (Severity s : Severity.values()) {
            for (Category c : Category.values()) {
                String both = "#sev-" + s.label() + ":checked ~ #cat-" + c.label() + ":checked ~ main";
                String match = ".finding.sev-" + s.label() + ".cat-" + c.label();
                css.append(both).append(" .group:not(:has(").append(match).append(")){display:none}\n")
                        .append(both).append(":not(:has(").append(match).append(")) .empty{display:block}\n");
            }
            css.append("#sev-").append(s.label()).append(":checked ~ #cat-all:checked ~ main:not(:has(.finding.sev-")
                    .append(s.label()).append(")) .empty{display:block}\n");
        }
        for (Category c : Category.values()) {
            css.append("#sev-all:checked ~ #cat-").append(c.label()).append(":checked ~ main:not(:has(.finding.cat-")
                    .append(c.label()).append(")) .empty{display:block}\n");
        }
        return css.toString();
    }

    private static final String ACTIVE = "{background:#1f3a5f;color:#fff;border-color:#1f3a5f}\n";

    private static final String CSS = """
            :root{--err:#b3261e;--warn:#9a6700;--info:#3b6ea5;--ink:#1d1d1f;--mute:#5f6368;--line:#d9dce1;\
            --bg:#fff;--panel:#f6f7f9;--mark:#ffe58a}
            *{box-sizing:border-box}
            body{margin:0 auto;max-width:78rem;padding:1.5rem 2rem 3rem;font:15px/1.5 system-ui,-apple-system,\
            "Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;color:var(--ink);background:var(--bg)}
            h1{font-size:1.6rem;margin:0 0 .2rem}
            h2{font-size:1.05rem;margin:1.2rem 0 .5rem}
            .lead{color:var(--mute);margin:0 0 .5rem}
            table{border-collapse:collapse;font-size:.9rem}
            th,td{border-bottom:1px solid var(--line);padding:.3rem .7rem;text-align:left;vertical-align:top}
            th{font-weight:600;background:var(--panel)}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
            td.file{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.85rem}
            .note{font-family:system-ui,sans-serif;color:var(--mute);font-size:.8rem}
            tr.total td{font-weight:600}
            .zero{color:#b0b4ba}
            .tops{display:flex;flex-wrap:wrap;gap:0 2.5rem;align-items:flex-start}
            header .counts table{min-width:22rem}
            th.sev-error{color:var(--err)}th.sev-warning{color:var(--warn)}th.sev-info{color:var(--info)}
            .problems li{color:var(--err)}
            .flt{position:absolute;opacity:0;pointer-events:none}
            nav.filters{position:sticky;top:0;z-index:1;background:var(--bg);border-bottom:1px solid var(--line);\
            padding:.6rem 0;margin:1.2rem 0 .5rem;display:flex;flex-wrap:wrap;gap:.35rem;align-items:center}
            .fl{color:var(--mute);font-size:.85rem;margin-left:.6rem}.fl:first-child{margin-left:0}
            .chip{border:1px solid var(--line);border-radius:999px;padding:.1rem .7rem;font-size:.85rem;cursor:pointer;\
            user-select:none}
            .chip:hover{border-color:#1f3a5f}
            .group{border:1px solid var(--line);border-radius:8px;margin:1rem 0;padding:.2rem 1rem .6rem;\
            border-left-width:6px;break-inside:avoid-page}
            .worst-error{border-left-color:var(--err)}.worst-warning{border-left-color:var(--warn)}\
            .worst-info{border-left-color:var(--info)}
            .subject{margin:.6rem 0 .3rem;font-size:1.1rem}
            .count{font-weight:400;color:var(--mute);font-size:.85rem;margin-left:.4rem}
            .finding{padding:.5rem 0;border-top:1px dashed var(--line)}
            .group>.finding:first-of-type{border-top:0}
            .msg{margin:.2rem 0 .5rem}
            .badge{display:inline-block;border-radius:4px;padding:0 .45rem;font-size:.75rem;font-weight:700;\
            text-transform:uppercase;letter-spacing:.03em;color:#fff;vertical-align:1px}
            .b-error{background:var(--err)}.b-warning{background:var(--warn)}.b-info{background:var(--info)}
            .cat{color:var(--mute);font-size:.8rem;margin-right:.2rem}
            .sides{display:grid;grid-template-columns:1fr 1fr;gap:.8rem}
            .side{background:var(--panel);border-radius:6px;padding:.5rem .8rem}
            .where{margin:0 0 .3rem;font-size:.85rem;color:var(--mute)}
            .lbl{display:inline-block;width:1.3rem;height:1.3rem;line-height:1.3rem;text-align:center;border-radius:50%;\
            background:#1f3a5f;color:#fff;font-size:.75rem;font-weight:700;margin-right:.2rem}
            .src{font-family:ui-monospace,"DejaVu Sans Mono",monospace;color:var(--ink)}
            blockquote{margin:0;font-family:Georgia,"DejaVu Serif",serif;font-size:1rem}
            mark{background:var(--mark);color:inherit;padding:0 .1em;border-radius:2px}
            .val{text-decoration:underline;text-decoration-color:#c9a227;text-underline-offset:3px}
            .value{margin:.35rem 0 0;font-size:.8rem;color:var(--mute)}
            .norm code,.meta code{font-size:.8rem}
            .meta{margin:.4rem 0 0;font-size:.75rem;color:var(--mute)}
            details>summary{cursor:pointer;color:#1f3a5f;margin:.4rem 0;font-size:.9rem}
            details.compatible>summary{color:var(--info)}
            .empty{display:none;color:var(--mute)}
            footer{margin-top:2rem;color:var(--mute);font-size:.8rem}
            @media (max-width:50rem){.sides{grid-template-columns:1fr}body{padding:1rem}}
            @media print{nav.filters,.flt{display:none}body{max-width:none;padding:0;font-size:11pt}\
            .group{break-inside:avoid}details>*{display:block}details::details-content{content-visibility:visible;\
            display:contents}mark{outline:1px solid #c9a227}}
            """;

    /** Where the two sentences differ: each sentence as HTML with its value underlined and the differences marked. */
    record Highlight(String a, String b) {

        static Highlight of(Evidence a, Evidence b) {
            List<String> wa = words(a.value());
            List<String> wb = words(b.value());
            boolean[] diffA = new boolean[wa.size()];
            boolean[] diffB = new boolean[wb.size()];
            boolean wordLevel = wa.size() > 3 && wb.size() > 3;
            if (wordLevel) {
                diff(wa, wb, diffA, diffB);
            }
            return new Highlight(sentence(a, wordLevel, diffA), sentence(b, wordLevel, diffB));
        }

        private static String sentence(Evidence e, boolean wordLevel, boolean[] diff) {
            String s = e.sentence();
            String v = e.value();
            int at = v.isEmpty() ? -1 : s.indexOf(v);
            if (at < 0 && !v.isEmpty()) {
                at = s.toLowerCase(Locale.ROOT).indexOf(v.toLowerCase(Locale.ROOT));
            }
            if (at < 0) {
                return esc(s);
            }
            int end = at + v.length();
            StringBuilder sb = new StringBuilder(esc(s.substring(0, at)));
            if (!wordLevel) {
                sb.append("<mark>").append(esc(s.substring(at, end))).append("</mark>");
            } else {
                sb.append("<span class=\"val\">");
                String span = s.substring(at, end);
                int w = 0;
                int i = 0;
                while (i < span.length()) {
                    if (Character.isLetterOrDigit(span.charAt(i))) {
                        int j = i;
                        while (j < span.length() && isWordChar(span.charAt(j))) {
                            j++;
                        }
                        String word = esc(span.substring(i, j));
                        boolean marked = w < diff.length && diff[w];
                        sb.append(marked ? "<mark>" + word + "</mark>" : word);
                        w++;
                        i = j;
                    } else {
                        sb.append(esc(String.valueOf(span.charAt(i))));
                        i++;
                    }
                }
                sb.append("</span>");
            }
            sb.append(esc(s.substring(end)));
            return sb.toString();
        }

        private static boolean isWordChar(char c) {
            return Character.isLetterOrDigit(c) || c == '\'' || c == '’';
        }

        static List<String> words(String s) {
            List<String> out = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                if (Character.isLetterOrDigit(s.charAt(i))) {
                    int j = i;
                    while (j < s.length() && isWordChar(s.charAt(j))) {
                        j++;
                    }
                    out.add(s.substring(i, j).toLowerCase(Locale.ROOT));
                    i = j;
                } else {
                    i++;
                }
            }
            return out;
        }

        /** Word-level LCS: words of either side outside the longest common subsequence are marked. */
        private static void diff(List<String> a, List<String> b, boolean[] diffA, boolean[] diffB) {
            int n = Math.min(a.size(), 2000);
            int m = Math.min(b.size(), 2000);
            int[][] l = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    l[i][j] = a.get(i).equals(b.get(j)) ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
                }
            }
            java.util.Arrays.fill(diffA, true);
            java.util.Arrays.fill(diffB, true);
            int i = 0;
            int j = 0;
            while (i < n && j < m) {
                if (a.get(i).equals(b.get(j))) {
                    diffA[i++] = false;
                    diffB[j++] = false;
                } else if (l[i + 1][j] >= l[i][j + 1]) {
                    i++;
                } else {
                    j++;
                }
            }
        }
    }
}
