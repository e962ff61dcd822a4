package dev.crosscheck.load;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The article body of an HTML page (one saved from a CMS) as plain text, one line per block
 * (paragraph, heading, list item, quote) with an empty line between blocks. Navigation, headers
 * and footers outside the article, scripts, styles, forms, figures and related-links, sharing,
 * comment and newsletter blocks are dropped. Report lines refer to this text.
 */
final class HtmlText {

    /** What the page gave: its text and its head's metadata. */
    record Page(String text, ArticleMeta meta, String date) {
    }

    private static final String DROP = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "form, button, input, select, textarea, nav, aside, figure, picture, video, audio, menu, dialog";
    /** class or id of furniture: related links, sharing, comments, newsletters, ads, breadcrumbs, tags */
    private static final Pattern FURNITURE = Pattern.compile("(?i)(^|[-_ ])(related|recommend(ed|ations)?|"
            + "more-?(stories|news)|read-?(more|next|also)|see-?also|share|sharing|social|comments?|newsletter|"
            + "subscribe|signup|promo|advert(isement)?|ads?|sponsor(ed)?|breadcrumbs?|menu|sidebar|tags|"
            + "author-?bio|byline-?bio|cookie|paywall|popup|modal)($|[-_ ])");
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dd, dt, td, th, "
            + "figcaption, address, time";

    private HtmlText() {
    }

    /** True when the page says crosscheck wrote it (a report left in an input folder). */
    static boolean isCrosscheckReport(String html) {
        return html.contains("<meta name=\"generator\" content=\"crosscheck");
    }

    static Page read(String html) {
        Document doc = Jsoup.parse(html);
        String outlet = meta(doc, "meta[property=og:site_name]", "meta[name=application-name]",
                "meta[name=publisher]");
        String title = meta(doc, "meta[property=og:title]", "meta[name=title]");
        String url = meta(doc, "link[rel=canonical]", "meta[property=og:url]");
        String lang = doc.selectFirst("html[lang]") == null ? "" : doc.selectFirst("html[lang]").attr("lang");
        String date = meta(doc, "meta[property=article:published_time]", "meta[name=date]",
                "meta[name=pubdate]", "meta[itemprop=datePublished]");
        Element body = body(doc);
        if (title.isEmpty()) {
            Element h1 = body.selectFirst("h1");
            title = h1 != null ? h1.text() : doc.title();
        }
        body.select(DROP).remove();
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e != body && e.parent() != null && isFurniture(e)) {
                e.remove();
            }
        }
        // a page's header and every footer (tags, bios, links); a header inside the article holds its headline
        body.select("footer").remove();
        for (Element e : body.select("header")) {
            if (e.closest("article") == null) {
                e.remove();
            }
        }
        return new Page(text(body), new ArticleMeta("html", outlet, title, url, lang), date);
    }

    private static Element body(Document doc) {
        Elements articles = doc.select("article");
        if (articles.size() == 1) {
            return articles.first();
        }
        if (articles.size() > 1) {
            // the longest article element is the story; the others are teasers
            Element best = articles.first();
            for (Element a : articles) {
                if (a.text().length() > best.text().length()) {
                    best = a;
                }
            }
            return best;
        }
        Element main = doc.selectFirst("main, [role=main], #content, .article-body, .story-body");
        return main != null ? main : doc.body();
    }

    private static boolean isFurniture(Element e) {
        String role = e.attr("role");
        if (role.equals("navigation") || role.equals("complementary") || role.equals("banner")
                || role.equals("contentinfo")) {
            return true;
        }
        return FURNITURE.matcher(e.className()).find() || FURNITURE.matcher(e.id()).find();
    }

    private static String text(Element body) {
        Elements blocks = body.select(BLOCKS);
        Set<Element> chosen = new HashSet<>(blocks);
        List<String> lines = new ArrayList<>();
        for (Element b : blocks) {
            if (hasChosenAncestor(b, chosen)) {
                continue; // taken with its enclosing block
            }
            if (b.select(BLOCKS).size() > 1 && !b.tagName().equals("time")) {
                // a block holding blocks (a quote of paragraphs): its own text, then its inner blocks
                String own = b.ownText().strip();
                if (!own.isEmpty()) {
                    lines.add(own);
                }
                for (Element inner : b.select(BLOCKS)) {
                    if (inner != b && inner.parent() != null && !hasChosenAncestorBelow(inner, b, chosen)) {
                        add(lines, inner.text());
                    }
                }
                continue;
            }
            add(lines, b.text());
        }
        if (lines.isEmpty()) {
            for (String l : body.wholeText().split("\n")) {
                add(lines, l);
            }
        }
        return String.join("\n\n", lines) + "\n";
    }

    private static void add(List<String> lines, String text) {
        String s = text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        if (!s.isEmpty()) {
            lines.add(s);
        }
    }

    private static boolean hasChosenAncestor(Element e, Set<Element> chosen) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (chosen.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasChosenAncestorBelow(Element e, Element top, Set<Element> chosen) {
        for (Element p = e.parent(); p != null && p != top; p = p.parent()) {
            if (chosen.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static String meta(Document doc, String... selectors) {
        for (String sel : selectors) {
            Element e = doc.selectFirst(sel);
            if (e != null) {
                String v = e.hasAttr("content") ? e.attr("content") : e.attr("href");
                if (!v.isBlank()) {
                    return v.strip();
                }
            }
        }
        return "";
    }
}
