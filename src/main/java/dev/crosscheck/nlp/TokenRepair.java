package dev.crosscheck.nlp;

import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-splits tokenizer output that bad copy glues together, before POS tagging:
 * quote marks and brackets stuck to words ({@code issue“}), possessives ({@code China’s}),
 * sentences run together ({@code relations.according}), and words glued to names
 * ({@code GangAfterwards}, {@code Yifor}, {@code conflictsaid}). A glued word is only split
 * off when it is a known glue word (lexicon) and the rest stands alone elsewhere in the
 * same article, so real names ending in "-for" or "-and" stay whole.
 */
final class TokenRepair {

    private static final String EDGE_PUNCT = "“”\"‘’'()[]{}/,;:«»„‟";
    private static final Pattern RUN_ON = Pattern.compile("(\\p{L}{2,})\\.(\\p{Ll}{2,})");
    private static final Pattern FIGURE = Pattern.compile("\\d[\\d,.]*");
    /** a figure, a fraction ("1/2" of "2-1/2-mile"), or one with a vulgar fraction after it ("5½-hour") */
    private static final Pattern FIGURE_OR_MIXED = Pattern.compile("\\d[\\d,./]*\\p{No}?");
    private static final Pattern CAMEL = Pattern.compile("(\\p{Lu}?\\p{Ll}{1,})(\\p{Lu}\\p{Ll}+)");

    private final List<String> glueWords;
    private final Set<String> standaloneWords;
    private final Set<String> numberWords;

    /**
     * @param glueWords       lower-case words that bad copy glues onto the previous word, in the
     *                        order they are tried (longest first)
     * @param standaloneWords words (case kept) that occur as whole words in the article
     * @param numberWords     lower-case number words: "seven-hour" splits as "30-minute" does
     */
    TokenRepair(List<String> glueWords, Set<String> standaloneWords, Set<String> numberWords) {
        this.glueWords = glueWords;
        this.standaloneWords = standaloneWords;
        this.numberWords = numberWords;
    }

    /** Splits each span of {@code text} where needed; offsets stay relative to {@code text}. */
    List<Span> repair(String text, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length + 8);
        for (Span s : spans) {
            split(text, s.getStart(), s.getEnd(), out);
        }
        return out;
    }

    private void split(String text, int start, int end, List<Span> out) {
        if (end - start <= 1) {
            out.add(new Span(start, end));
            return;
        }
        String tok = text.substring(start, end);
        // leading punctuation: “word, (word, -US
        char first = tok.charAt(0);
        if (EDGE_PUNCT.indexOf(first) >= 0 && !isPossessive(tok) || (first == '-' && Character.isLetter(tok.charAt(1)))) {
            out.add(new Span(start, start + 1));
            split(text, start + 1, end, out);
            return;
        }
        // trailing punctuation: word”, word/, word); "hour-" (of "hour-long") as "hour" "-"
        char last = tok.charAt(tok.length() - 1);
        if (EDGE_PUNCT.indexOf(last) >= 0 && !isPossessive(tok)
                || last == '-' && Character.isLetter(tok.charAt(tok.length() - 2))) {
            split(text, start, end - 1, out);
            out.add(new Span(end - 1, end));
            return;
        }
        // possessive: China’s -> China ’s
        if (tok.length() > 2 && isPossessive(tok.substring(tok.length() - 2))) {
            out.add(new Span(start, end - 2));
            out.add(new Span(end - 2, end));
            return;
        }
        // "21-", "30-minute", "5½-hour", "seven-hour": a figure, in digits or a number word, glued to the
        // hyphen of a compound (each pattern below runs only on tokens with the character it
        // needs: this runs per token)
        int hyphen = tok.indexOf('-');
        if (hyphen > 0 && (hyphen == tok.length() - 1 || Character.isLetter(tok.charAt(hyphen + 1)))
                && (Character.isDigit(first) && FIGURE_OR_MIXED.matcher(tok.substring(0, hyphen)).matches()
                    || numberWords.contains(tok.substring(0, hyphen).toLowerCase(Locale.ROOT)))) {
            split(text, start, start + hyphen, out);
            out.add(new Span(start + hyphen, start + hyphen + 1));
            if (start + hyphen + 1 < end) {
                split(text, start + hyphen + 1, end, out);
            }
            return;
        }
        // "2,053.": the tokenizer leaves a sentence's full stop on a figure with a thousands comma
        if (last == '.' && Character.isDigit(first) && FIGURE.matcher(tok).matches()) {
            out.add(new Span(start, end - 1));
            out.add(new Span(end - 1, end));
            return;
        }
        // "4½": a whole number glued to a vulgar fraction splits as "4 ½" does
        if (Character.getType(last) == Character.OTHER_NUMBER
                && FIGURE.matcher(tok.substring(0, tok.length() - 1)).matches()) {
            out.add(new Span(start, end - 1));
            out.add(new Span(end - 1, end));
            return;
        }
        Matcher runOn = RUN_ON.matcher(tok);
        if (tok.indexOf('.') > 0 && runOn.matches()) {
            out.add(new Span(start, start + runOn.end(1)));
            out.add(new Span(start + runOn.end(1), start + runOn.start(2)));
            out.add(new Span(start + runOn.start(2), end));
            return;
        }
        int glue = glueSplit(tok);
        if (glue > 0) {
            split(text, start, start + glue, out);
            out.add(new Span(start + glue, end));
            return;
        }
        out.add(new Span(start, end));
    }

    private static boolean isPossessive(String s) {
        return s.equals("’s") || s.equals("'s") || s.equals("’S") || s.equals("'S");
    }

    /** Offset at which {@code tok} splits into word + glue word, or -1. */
    private int glueSplit(String tok) {
        Matcher camel = CAMEL.matcher(tok);
        if (hasUpperCaseAfterFirst(tok) && camel.matches()) {
            String head = camel.group(1);
            String tail = camel.group(2);
            boolean glueTail = glueWords.contains(tail.toLowerCase(Locale.ROOT));
            if (head.length() >= 2 && (glueTail || standaloneWords.contains(head) && standaloneWords.contains(tail))) {
                return head.length();
            }
        }
        String lower = tok.toLowerCase(Locale.ROOT);
        for (String g : glueWords) {
            if (lower.length() - g.length() >= 2 && lower.endsWith(g)
                    && tok.substring(tok.length() - g.length()).equals(g)) {
                String head = tok.substring(0, tok.length() - g.length());
                if (standaloneWords.contains(head) && Character.isLetter(head.charAt(head.length() - 1))) {
                    return head.length();
                }
            }
        }
        return -1;
    }

    private static boolean hasUpperCaseAfterFirst(String tok) {
        for (int i = 1; i < tok.length(); i++) {
            if (Character.isUpperCase(tok.charAt(i)) || Character.isSurrogate(tok.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The whole words of {@code text} (letters only), case kept. */
    static Set<String> standaloneWords(String text) {
        Set<String> out = new java.util.HashSet<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && Character.isLetter(text.charAt(j))) {
                j++;
            }
            out.add(text.substring(i, j));
            i = j;
        }
        return out;
    }
}
