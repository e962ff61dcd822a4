package dev.crosscheck.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One input article after loading: its text, line map, dateline and story segments.
 *
 * @param source   the file name as given on the command line
 * @param text     the text with line endings normalised to {@code '\n'} and any BOM removed
 * @param lines    offset-to-line map of {@code text}
 * @param dateline the dateline, when the first non-empty line is only a date
 * @param segments story text, in order; boilerplate, credits and the dateline are not in any segment
 * @param meta     how it was read (text, Markdown, HTML) and its outlet, title, url and language when known
 * @param wire     without a dateline, a wire dateline that names a day but no year ("BEIJING,
 *                 June 19 (Reuters) -"), which other articles' datelines can complete
 */
public record Article(String source, String text, LineIndex lines, Optional<Dateline> dateline,
                      List<Segment> segments, ArticleMeta meta, Optional<WireDateline> wire) {

    /** A plain-text article. */
    public Article(String source, String text, LineIndex lines, Optional<Dateline> dateline, List<Segment> segments) {
        this(source, text, lines, dateline, segments, ArticleMeta.TEXT, Optional.empty());
    }

    /** The article dated {@code date} by its wire dateline (the year taken from other articles). */
    public Article withWireDate(java.time.LocalDate date) {
        return new Article(source, text, lines, wire.map(w -> w.on(date)), segments, meta, wire);
    }

    /**
     * The article without its text and segments: what claims keep after extraction (source,
     * dateline and the small line map, so later stages can still name lines), so a large run
     * holds claims, not texts.
     */
    public Article withoutText() {
        return new Article(source, "", lines, dateline, List.of(), meta, wire);
    }

    /** The bare file name, stable whatever directory the tool was run from. */
    public String fileName() {
        Path name = Path.of(source).getFileName();
        return name == null ? source : name.toString();
    }
}
