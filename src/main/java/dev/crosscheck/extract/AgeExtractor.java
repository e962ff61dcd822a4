package dev.crosscheck.extract;

import dev.crosscheck.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds ages tied to a person mention: "the 58-year-old governor Ilse Marren" (the person
 * right after, or right before: "Marren, a 58-year-old"), "Ilse Marren, 58, said" (the person
 * right before the comma) and "Marren, aged 58". An age no person mention is next to is not a
 * claim ("a 58-year-old man").
 */
final class AgeExtractor {

    private static final Pattern YEAR_OLD = Pattern.compile("\\b(\\d{1,3})[-‐ ]years?[-‐ ]old\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern APPOSITIVE = Pattern.compile("(?<=\\S), (\\d{1,3}),(?!\\d)");
    private static final Pattern AGED = Pattern.compile("\\baged (\\d{1,3})\\b", Pattern.CASE_INSENSITIVE);
    private static final int MAX_AGE = 120;
    private static final int PERSON_AFTER = 5;
    private static final int PERSON_BEFORE = 4;

    /** @param owner for each token, the article-wide index of the person mention covering it, or -1 */
    List<AgeClaim> extract(SentenceContext ctx, int[] owner) {
        String text = ctx.sentence.text();
        List<AgeClaim> out = new ArrayList<>();
        Matcher m = YEAR_OLD.matcher(text);
        while (m.find()) {
            int first = tokenAt(ctx, m.start());
            int last = tokenAt(ctx, m.end() - 1);
            int person = after(ctx, owner, last);
            if (person < 0) {
                person = before(ctx, owner, first);
            }
            add(ctx, m, first, last, person, out);
        }
        for (Pattern p : List.of(APPOSITIVE, AGED)) {
            m = p.matcher(text);
            while (m.find()) {
                int first = tokenAt(ctx, m.start(1));
                int last = first;
                int from = p == AGED ? first - 1 : first;
                add(ctx, m, from, last, before(ctx, owner, from), out);
            }
        }
        return out;
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
        for (int i = k + 1; i < Math.min(owner.length, k + 1 + PERSON_AFTER); i++) {
            if (owner[i] >= 0) {
                return owner[i];
            }
            if (endsPhrase(ctx.tokens.get(i))) {
                return -1;
            }
        }
        return -1;
    }

    /** The person mention ending within a few tokens before token {@code k}, with no verb between. */
    private static int before(SentenceContext ctx, int[] owner, int k) {
        for (int i = k - 1; i >= Math.max(0, k - PERSON_BEFORE); i--) {
            if (owner[i] >= 0) {
                return owner[i];
            }
            if (endsPhrase(ctx.tokens.get(i)) && !ctx.tokens.get(i).text().equals(",")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean endsPhrase(Token t) {
        return switch (t.pos()) {
            case "VERB", "AUX", "ADP", "PUNCT", "SCONJ", "CCONJ" -> true;
            default -> false;
        };
    }

    private static int tokenAt(SentenceContext ctx, int offset) {
        List<Token> t = ctx.tokens;
        int abs = ctx.sentence.start() + offset;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() <= abs && abs < t.get(i).end()) {
                return i;
            }
        }
        return -1;
    }
}
