package dev.crosscheck.extract;

import dev.crosscheck.nlp.Token;
import dev.crosscheck.rules.Lexicon;
import dev.crosscheck.text.BoundedRegex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds ages tied to a person mention: "the 58-year-old governor Ilse Marren" (the person
 * right after, or right before: "Marren, a 58-year-old"), "Ilse Marren, 58, said" (the person
 * right before the comma) and "Marren, aged 58". An age no person mention is next to is not a
 * claim ("a 58-year-old man").
 */
final class AgeExtractor {

    private static final int MAX_AGE = 120;
    private static final int PERSON_AFTER = 5;
    private static final int PERSON_BEFORE = 4;

    private final List<Lexicon.AgePattern> patterns;

    /** @param patterns how ages are written (lexicon: quantities.yaml, ages) */
    /**
     * "Jeffs kissing a 12-year-old girl": the phrase describes the noun after it, which names no
     * person mention, so the age is nobody's we track (never the name before it).
     */
    private static final int OF_A_THING = -2;

    AgeExtractor(List<Lexicon.AgePattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** @param owner for each token, the article-wide index of the person mention covering it, or -1 */
    List<AgeClaim> extract(SentenceContext ctx, int[] owner) {
        String text = ctx.sentence.text();
        int base = ctx.sentence.start();
        List<AgeClaim> out = new ArrayList<>();
        if (!hasDigit(text)) {
            return out; // every pattern's group 1 is a number of years
        }
        for (Lexicon.AgePattern p : patterns) {
            BoundedRegex.Bounded bounded = p.bounded().matcher(text);
            Matcher m = bounded.matcher();
            while (bounded.find()) {
                // the phrase without the punctuation around it (", 58," → "58")
                int first = ctx.tokenAt(base + m.start());
                int last = ctx.tokenAt(base + m.end() - 1);
                while (first >= 0 && first < last && !ctx.tokens.get(first).isWord()) {
                    first++;
                }
                while (last > first && !ctx.tokens.get(last).isWord()) {
                    last--;
                }
                int person = p.personAfter() ? after(ctx, owner, last) : -1;
                if (person == OF_A_THING) {
                    // "Ilse Marren, a 58-year-old former teacher,": an apposition still describes her
                    person = apposedTo(ctx, owner, first);
                    if (person < 0) {
                        continue;
                    }
                }
                if (person < 0) {
                    person = before(ctx, owner, first);
                }
                add(ctx, m, first, last, person, out);
            }
        }
        return out;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void add(SentenceContext ctx, Matcher m, int first, int last, int person, List<AgeClaim> out) {
        int age = Integer.parseInt(m.group(1));
        if (person < 0 || first < 0 || last < first || age == 0 || age > MAX_AGE) {
            return;
        }
        out.add(new AgeClaim(ctx.anchor(first, last + 1), ctx.text(first, last + 1), person, age));
    }

    /**
     * The person mention starting within a few words after token {@code k}, in the same noun
     * phrase: "the 58-year-old governor Ilse Marren", not "a 63-year-old man died, Marren said".
     */
    private static int after(SentenceContext ctx, int[] owner, int k) {
        boolean noun = false;
        for (int i = k + 1; i < Math.min(owner.length, k + 1 + PERSON_AFTER); i++) {
            if (owner[i] >= 0) {
                return owner[i];
            }
            noun |= ctx.tokens.get(i).pos().equals("NOUN");
            if (endsPhrase(ctx.tokens.get(i))) {
                return noun ? OF_A_THING : -1;
            }
        }
        return noun ? OF_A_THING : -1;
    }

    /** The person mention ending within a few tokens before token {@code k}, with no verb between. */
    private static int before(SentenceContext ctx, int[] owner, int k) {
        for (int i = k - 1; i >= Math.max(0, k - PERSON_BEFORE); i--) {
            if (owner[i] >= 0) {
                return owner[i];
            }
            // "Marren, 58," and "Xi Jinping (70)": a comma or an opening bracket stands between
            if (endsPhrase(ctx.tokens.get(i)) && !ctx.tokens.get(i).text().equals(",")
                    && !ctx.tokens.get(i).text().equals("(")) {
                return -1;
            }
        }
        return -1;
    }

    /** The person right before "NAME, a 58-year-old …": only determiners and one comma between. */
    private static int apposedTo(SentenceContext ctx, int[] owner, int k) {
        int i = k - 1;
        while (i >= 0 && ctx.tokens.get(i).pos().equals("DET")) {
            i--;
        }
        if (i < 1 || !ctx.tokens.get(i).text().equals(",")) {
            return -1;
        }
        return owner[i - 1];
    }

    private static boolean endsPhrase(Token t) {
        return switch (t.pos()) {
            case "VERB", "AUX", "ADP", "PUNCT", "SCONJ", "CCONJ" -> true;
            default -> false;
        };
    }

}
