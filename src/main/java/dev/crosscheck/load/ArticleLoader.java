package dev.crosscheck.load;

import dev.crosscheck.rules.Lexicon;
import dev.crosscheck.text.DateParser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one article file: strict UTF-8, dateline, boilerplate-free segments. */
public final class ArticleLoader {

    /** The default {@code --max-file-size}: 16 MB. */
    public static final long DEFAULT_MAX_BYTES = 16L << 20;
    /**
     * How many non-empty lines at the top may hold the dateline (headline, subheadings, dateline,
     * byline, and a scraped page's navigation and sharing lines before them).
     */
    private static final int DATELINE_LINES = 10;
    /** Longer lines are story sentences, not datelines. */
    private static final int DATELINE_MAX_CHARS = 90;

    private final DateParser dates;
    private final Boilerplate boilerplate;
    private final Lexicon.Calendar calendar;
    private final LanguageCheck language;
    private final long maxBytes;

    public ArticleLoader(Lexicon lexicon) {
        this(lexicon, DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes larger files are not read: {@link #load} refuses them, naming the size */
    public ArticleLoader(Lexicon lexicon, long maxBytes) {
        this.maxBytes = maxBytes;
        Lexicon.Calendar cal = lexicon.calendar();
        this.calendar = cal;
        this.dates = new DateParser(cal.months(), cal.weekdays(), cal.slashMonthFirst());
        this.boilerplate = new Boilerplate(lexicon.boilerplate());
        this.language = new LanguageCheck(lexicon.language());
    }

    /**
     * Loads {@code file}, naming it {@code source} in every message and report.
     *
     * @throws InputException when the file cannot be read, is larger than the limit or is not UTF-8 text
     */
    public Article load(Path file, String source) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // read one byte past the limit: a file that grows while it is read is caught too
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InputException(source, "skipped: larger than the limit of " + size(maxBytes) + " ("
                        + size(Math.max(Files.size(file), bytes.length)) + "); raise it with --max-file-size");
            }
        } catch (NoSuchFileException e) {
            throw new InputException(source, Files.isSymbolicLink(file) ? InputFiles.linkProblem(file)
                    : "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(source, "permission denied");
        } catch (FileSystemException e) {
            throw new InputException(source, Files.isSymbolicLink(file) ? InputFiles.linkProblem(file)
                    : "cannot read: " + (e.getReason() != null ? e.getReason() : e.getMessage()));
        } catch (IOException e) {
            throw new InputException(source, "cannot read: " + e.getMessage());
        }
        return parse(source, decode(source, bytes), InputFiles.Format.of(file));
    }

    /** A size for messages: "16 MB", "2.5 MB", "900 bytes". */
    static String size(long bytes) {
        if (bytes >= 1 << 20) {
            double mb = bytes / (double) (1 << 20);
            return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb))
                    + " MB";
        }
        if (bytes >= 1 << 10) {
            double kb = bytes / (double) (1 << 10);
            return (kb == Math.rint(kb) ? String.valueOf((long) kb) : String.format(java.util.Locale.ROOT, "%.1f", kb))
                    + " KB";
        }
        return bytes + " bytes";
    }

    /** Builds an article from text already in memory (rule examples, tests). */
    public Article parse(String source, String rawText) {
        return parse(source, rawText, InputFiles.Format.TEXT);
    }

    /**
     * Builds an article from text in the given format: front matter (text and Markdown) gives the
     * dateline and the metadata; Markdown's markup and a page's furniture are left out. Lines are
     * those of the file for text and Markdown, of the extracted text for HTML.
     *
     * @throws InputException (skipped, not failed) for a text in another language than the rules'
     *                        or a report crosscheck wrote
     */
    public Article parse(String source, String rawText, InputFiles.Format format) {
        String text = rawText.startsWith("\uFEFF") ? rawText.substring(1) : rawText;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        ArticleMeta meta = ArticleMeta.TEXT;
        Optional<Dateline> stated = Optional.empty();
        if (format == InputFiles.Format.HTML) {
            if (HtmlText.isCrosscheckReport(text)) {
                throw InputException.notText(source, "skipped: a report written by crosscheck, not an article");
            }
            HtmlText.Page page = HtmlText.read(text);
            text = page.text();
            meta = page.meta();
            stated = statedDate(page.date(), 0);
        } else {
            FrontMatter fm = FrontMatter.read(text);
            text = fm.blank(text);
            if (format == InputFiles.Format.MARKDOWN) {
                String headline = MarkdownText.firstHeading(text);
                text = MarkdownText.toText(text);
                meta = new ArticleMeta("markdown", fm.get("outlet"), fm.get("title"), fm.get("url"), fm.get("lang"))
                        .withTitleIfNone(headline);
            } else if (fm.lines() > 0) {
                meta = new ArticleMeta("text", fm.get("outlet"), fm.get("title"), fm.get("url"), fm.get("lang"));
            }
            stated = statedDate(fm.get("date"), fm.dateLine());
        }
        Optional<String> other = language.otherLanguage(meta.lang(), text);
        if (other.isPresent()) {
            throw InputException.notText(source, "skipped: not in the rules' language, " + language.rulesLanguage()
                    + ": " + other.get());
        }
        LineIndex lines = LineIndex.of(text);
        // a page's own dateline line wins over its metadata; front matter wins over the first line
        Optional<Dateline> given = stated;
        List<HeadLine> head = headLines(text, lines);
        Optional<Dateline> dateline = format == InputFiles.Format.HTML ? dateline(head).or(() -> given)
                : given.isPresent() ? given : dateline(head);
        List<Segment> segments = boilerplate.segments(text, lines, dateline.map(Dateline::line).orElse(0));
        Optional<WireDateline> wire = dateline.isPresent() ? Optional.empty() : wireDateline(head);
        return new Article(source, text, lines, dateline, segments, meta.withWords(words(text, segments)), wire);
    }

    /** "BEIJING, ", "NEW DELHI/MUMBAI, ", "Portland, Ore., ": a place, then a comma, before the day. */
    private static final Pattern WIRE_PLACE =
            Pattern.compile("\\p{Lu}[\\p{L}\\p{M}.'’ /,-]{0,40},\\s*");
    /** " (Reuters) -", " --", " —": an optional agency in brackets, then the dash that opens the story. */
    private static final Pattern WIRE_REST =
            Pattern.compile("\\s*(\\([^)]{1,40}\\))?\\s*[-–—].*", Pattern.DOTALL);

    /**
     * A wire dateline opening one of the first {@value #DATELINE_LINES} non-empty lines: a place, a
     * day without its year, an optional agency and a dash ("BEIJING, June 19 (Reuters) - …").
     */
    private Optional<WireDateline> wireDateline(List<HeadLine> headLines) {
        for (HeadLine head : headLines) {
            String content = head.content();
            List<DateParser.MonthDayMention> days = dates.findMonthDays(content);
            if (days.isEmpty()) {
                continue;
            }
            DateParser.MonthDayMention d = days.get(0);
            Matcher rest = WIRE_REST.matcher(content.substring(d.end()));
            if (WIRE_PLACE.matcher(content.substring(0, d.start())).matches() && rest.matches()) {
                int writtenEnd = d.end() + (rest.group(1) != null ? rest.end(1) : 0);
                return Optional.of(new WireDateline(d.day(), content.substring(0, writtenEnd).strip(), head.line()));
            }
        }
        return Optional.empty();
    }

    /** One of the first non-empty lines, stripped, with its 1-based number. */
    private record HeadLine(String content, int line) {
    }

    /** The first {@value #DATELINE_LINES} non-empty lines, where a dateline may stand. */
    private static List<HeadLine> headLines(String text, LineIndex lines) {
        List<HeadLine> out = new ArrayList<>(DATELINE_LINES);
        for (int line = 1; line <= lines.lineCount() && out.size() < DATELINE_LINES; line++) {
            int start = lines.startOf(line);
            int end = line < lines.lineCount() ? lines.startOf(line + 1) - 1 : text.length();
            String content = text.substring(start, end).strip();
            if (!content.isEmpty()) {
                out.add(new HeadLine(content, lineNo(lines, start)));
            }
        }
        return out;
    }

    /** Runs of letters or digits in the story segments. */
    private static int words(String text, List<Segment> segments) {
        int n = 0;
        for (Segment s : segments) {
            boolean in = false;
            for (int i = s.start(); i < s.end(); i++) {
                boolean w = Character.isLetterOrDigit(text.charAt(i));
                if (w && !in) {
                    n++;
                }
                in = w;
            }
        }
        return n;
    }

    /** A date given as metadata ("Fri. Sep 22nd, 2023", "2023-09-22", "2023-09-22T10:00:00Z"). */
    private Optional<Dateline> statedDate(String value, int line) {
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = dates.parseDateline(v);
        if (date.isEmpty() && v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            try {
                date = Optional.of(LocalDate.parse(v.substring(0, 10)));
            } catch (java.time.DateTimeException e) {
                date = Optional.empty();
            }
        }
        return date.map(d -> new Dateline(d, v, line));
    }

    /**
     * The dateline: the first non-empty line when it is a date as a whole ("Fri. Sep 22nd, 2023"),
     * else the first of the first {@value #DATELINE_LINES} non-empty lines that is short (at most
     * {@value #DATELINE_MAX_CHARS} characters) and holds a full date, as page headers put it after
     * the headline ("Updated: July 7, 2012, 10:04 PM ET", "Tue Jul 2, 2013 1:28PM GMT"). A long
     * line, or one with words other than the calendar's and its dateline words ("Blinken meets Xi
     * on June 19, 2023"), is a headline or a sentence of the story, whatever dates it names.
     */
    private Optional<Dateline> dateline(List<HeadLine> headLines) {
        for (HeadLine head : headLines) {
            String content = head.content();
            Optional<LocalDate> date = dates.parseDateline(content);
            if (date.isEmpty() && content.length() <= DATELINE_MAX_CHARS) {
                date = furnitureDate(content).or(() -> fieldDate(content));
            }
            if (date.isPresent()) {
                return Optional.of(new Dateline(date.get(), content, head.line()));
            }
        }
        return Optional.empty();
    }

    /**
     * "By Jane Doe | March 4, 2025 at 9:00 a.m.", "ANKARA, 3 March 2025 / TRT": a header line's
     * fields, between bars, bullets, or slashes and dashes with spaces around them. A field
     * that is a date with only dateline words, perhaps after a place ("ANKARA, "), dates the page.
     */
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s*[|•·]\\s*|\\s+[/–—-]\\s+");

    /**
     * "ANKARA, ", "WASHINGTON, DC, ", "Washington D. C., ", "AFP, ": up to four capitalised words
     * before a comma (and a capitalised state or country after it), as a header puts a place or
     * an agency before the date. "Reid checked in on Tuesday, " is a sentence, not a place.
     */
    private static final Pattern HEADER_PLACE = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:[ /]+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3},\\s*(?:\\p{Lu}[\\p{L}\\p{M}.]*,\\s*)?");

    /** The date of the first header field that is only a date, perhaps after a place ("ANKARA, "). */
    private Optional<LocalDate> fieldDate(String line) {
        for (String field : FIELD_SEPARATOR.split(line)) {
            String f = field.strip();
            Matcher place = HEADER_PLACE.matcher(f);
            Optional<LocalDate> date = furnitureDate(place.lookingAt() ? f.substring(place.end()) : f);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** The full date of {@code text} when the rest of it is only furniture (weekdays, "Updated", "GMT"). */
    private Optional<LocalDate> furnitureDate(String text) {
        return dates.find(text).stream().findFirst().filter(d -> onlyFurniture(text, d))
                .map(DateParser.DateMention::date);
    }

    /** Every word of the line outside the date is a month, a weekday or a dateline word ("Updated", "GMT"). */
    private boolean onlyFurniture(String line, DateParser.DateMention date) {
        String rest = line.substring(0, date.start()) + " " + line.substring(date.end());
        for (String w : rest.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}.]+")) {
            String word = w.endsWith(".") ? w.substring(0, w.length() - 1) : w; // "Sept.", "p.m."
            if (!word.isEmpty() && !calendar.months().containsKey(word) && !calendar.weekdays().containsKey(word)
                    && !calendar.datelineWords().contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static int lineNo(LineIndex lines, int offset) {
        return lines.lineOf(offset);
    }

    /**
     * Bytes to text: UTF-16 when the file starts with a UTF-16 byte-order mark, otherwise strict
     * UTF-8 (a UTF-8 byte-order mark is dropped by {@link #parse}). A NUL byte outside UTF-16 means
     * binary content, whatever the file's name: such a file is {@linkplain InputException#isNotText()
     * not text}.
     */
    static String decode(String source, byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return decodeStrict(source, bytes, 2, StandardCharsets.UTF_16LE, "UTF-16");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return decodeStrict(source, bytes, 2, StandardCharsets.UTF_16BE, "UTF-16");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw binary(source, i);
            }
        }
        return decodeStrict(source, bytes, 0, StandardCharsets.UTF_8, "UTF-8");
    }

    private static String decodeStrict(String source, byte[] bytes, int from, Charset charset, String name) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            String what = at < bytes.length ? String.format("byte 0x%02X at offset %d", bytes[at] & 0xFF, at)
                    : "truncated at the end of the file";
            throw new InputException(source, "not valid " + name + " text (" + what + "); save it as UTF-8");
        }
        out.flip();
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw binary(source, from + 2 * nul);
        }
        return text;
    }

    private static InputException binary(String source, int offset) {
        return InputException.notText(source, "skipped: binary content (NUL byte at offset " + offset
                + "), not article text");
    }
}
