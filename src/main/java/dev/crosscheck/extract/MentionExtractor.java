package dev.crosscheck.extract;

import dev.crosscheck.nlp.Token;
import dev.crosscheck.rules.Lexicon.Office;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds people in a sentence: titled names ("Chinese Foreign Minister Qin Gang", "China's
 * chief diplomat, Wang Yi"), role-only mentions ("the Chinese President"), and bare
 * capitalised names ("Xi Jinping", "Chen"). Titles, countries and organisation words come
 * from the lexicon; names are runs of proper words, because the POS model mis-tags many
 * non-English names.
 */
final class MentionExtractor {

    private static final int MAX_NAME_WORDS = 4;
    private static final int COUNTRY_LOOKBACK = 8;

    private final Vocabulary vocab;

    MentionExtractor(Vocabulary vocab) {
        this.vocab = vocab;
    }

    List<PersonMention> extract(SentenceContext ctx) {
        List<Token> t = ctx.tokens;
        int n = t.size();
        boolean[] used = new boolean[n];
        List<PersonMention> out = new ArrayList<>();
        List<PersonMention> roles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (used[i] || ctx.country[i] != null && ctx.countryStart[i] != i) {
                continue;
            }
            Optional<PhraseMatch<Office>> title = vocab.titleAt(t, i);
            if (title.isEmpty()) {
                continue;
            }
            PhraseMatch<Office> m = title.get();
            int chunkStart = countryChunkStart(ctx, m.start());
            String country = m.inner();
            if (country == null && chunkStart < m.start()) {
                country = ctx.country[chunkStart];
            }
            if (country == null) {
                country = countryOf(ctx, m.end());
            }
            boolean former = blocked(ctx, Math.min(chunkStart, m.start()), m.start());
            int nameStart = m.end();
            if (nameStart < n && t.get(nameStart).text().equals(",")) {
                nameStart++;
            }
            int nameEnd = nameRun(ctx, nameStart, used);
            if (country == null && nameEnd > nameStart) {
                country = countryOf(ctx, nameEnd);
            }
            int titleFrom = Math.min(chunkStart, m.start());
            String titleText = ctx.text(titleFrom, m.end());
            if (nameEnd > nameStart) {
                for (int k = titleFrom; k < nameEnd; k++) {
                    used[k] = true;
                }
                out.add(new PersonMention(ctx.anchor(titleFrom, nameEnd), titleFrom, nameEnd,
                        words(t, nameStart, nameEnd), Optional.of(m.value().id()), Optional.ofNullable(country),
                        titleText, former));
                i = nameEnd - 1;
            } else if (country != null && !former) {
                for (int k = titleFrom; k < m.end(); k++) {
                    used[k] = true;
                }
                roles.add(new PersonMention(ctx.anchor(titleFrom, m.end()), titleFrom, m.end(), List.of(),
                        Optional.of(m.value().id()), Optional.of(country), titleText, false));
                i = m.end() - 1;
            }
        }
        if (!ctx.headline) {
            bareNames(ctx, used, out);
        }
        attachAppositives(ctx, out, roles);
        out.addAll(roles);
        out.sort(Comparator.comparingInt(PersonMention::firstToken));
        return out;
    }

    /** "Wu Xinbo, professor at ..." / "Wang Yi, China's top diplomat": a role right after "Name ,". */
    private void attachAppositives(SentenceContext ctx, List<PersonMention> named, List<PersonMention> roles) {
        for (int r = roles.size() - 1; r >= 0; r--) {
            PersonMention role = roles.get(r);
            int k = role.firstToken() - 1;
            while (k >= 0 && vocab.grammar().definiteArticles().contains(ctx.tokens.get(k).lower())) {
                k--;
            }
            if (k < 1 || !ctx.tokens.get(k).text().equals(",")) {
                continue;
            }
            for (int i = 0; i < named.size(); i++) {
                PersonMention p = named.get(i);
                if (p.lastToken() == k && p.office().isEmpty()) {
                    named.set(i, new PersonMention(ctx.anchor(p.firstToken(), role.lastToken()), p.firstToken(),
                            role.lastToken(), p.nameWords(), role.office(), role.country(), role.title(), false));
                    roles.remove(r);
                    break;
                }
            }
        }
    }

    private void bareNames(SentenceContext ctx, boolean[] used, List<PersonMention> out) {
        int n = ctx.tokens.size();
        for (int i = 0; i < n; i++) {
            if (used[i] || !ctx.proper[i]) {
                continue;
            }
            int end = nameRun(ctx, i, used);
            if (end > i) {
                out.add(new PersonMention(ctx.anchor(i, end), i, end, words(ctx.tokens, i, end), Optional.empty(),
                        Optional.empty(), "", false));
                for (int k = i; k < end; k++) {
                    used[k] = true;
                }
                i = end - 1;
            } else if (vocab.isCalendarWord(ctx.tokens.get(i).lower()) && i + 1 < n && ctx.proper[i + 1]
                    && vocab.isFamilyName(ctx.tokens.get(i + 1).text())) {
                continue; // "On Monday Wang Yi said": a family name after the weekday starts a name
            } else {
                // skip the whole capitalised run so its tail is not read as a shorter name
                int j = i;
                while (j < n && (ctx.proper[j] || isJoiner(ctx, j))) {
                    j++;
                }
                i = Math.max(i, j - 1);
            }
        }
    }

    /**
     * End (exclusive) of a personal name starting at {@code start}, or {@code start} when none:
     * up to four proper words (hyphens and initials allowed), none a country, title, calendar,
     * organisation or place word.
     */
    private int nameRun(SentenceContext ctx, int start, boolean[] used) {
        List<Token> t = ctx.tokens;
        int j = start;
        int words = 0;
        while (j < t.size() && !used[j]) {
            Token tok = t.get(j);
            if (isNameWord(ctx, j)) {
                words++;
                j++;
            } else if (words > 0 && isJoiner(ctx, j) && j + 1 < t.size() && isNameWord(ctx, j + 1)) {
                j++;
            } else {
                break;
            }
            if (words > MAX_NAME_WORDS) {
                return start;
            }
        }
        if (words == 0) {
            return start;
        }
        for (int k = start; k < j; k++) {
            if (vocab.isOrganisationOrPlaceWord(t.get(k).lower())) {
                return start;
            }
        }
        var place = vocab.placeAt(t, start);
        if (place.isPresent() && place.get().end() >= j) {
            return start;
        }
        // a run that continues into an organisation word or a country ("Fudan University",
        // "South China Sea") is not a name
        if (j < t.size() && ctx.proper[j]
                && (vocab.isOrganisationOrPlaceWord(t.get(j).lower()) || ctx.country[j] != null)) {
            return start;
        }
        return j;
    }

    private boolean isNameWord(SentenceContext ctx, int j) {
        Token tok = ctx.tokens.get(j);
        String lower = tok.lower();
        if (isInitial(tok.text())) {
            return true;
        }
        return ctx.proper[j] && ctx.country[j] == null && !vocab.isCalendarWord(lower) && !vocab.isGroupWord(lower)
                && !vocab.isTitleWord(lower) && !SentenceContext.isAcronym(tok.text()) && !tok.text().endsWith(".");
    }

    private static boolean isInitial(String s) {
        return s.length() == 2 && Character.isUpperCase(s.charAt(0)) && s.charAt(1) == '.';
    }

    private static boolean isJoiner(SentenceContext ctx, int j) {
        return isHyphen(ctx.tokens.get(j).text());
    }

    private static boolean isHyphen(String s) {
        return s.equals("-") || s.equals("‐");
    }

    /** Start of the "[the] [country]['s] [org words]" chunk before a title at {@code titleStart}. */
    private int countryChunkStart(SentenceContext ctx, int titleStart) {
        int k = titleStart - 1;
        int found = titleStart;
        for (int steps = 0; k >= 0 && steps < COUNTRY_LOOKBACK; steps++, k--) {
            if (ctx.country[k] != null) {
                found = ctx.countryStart[k];
                break;
            }
            if (!skippableBeforeTitle(ctx, k)) {
                break;
            }
        }
        return found;
    }

    /** "President of France": a country right after "of" following the title. */
    private String countryOf(SentenceContext ctx, int titleEnd) {
        Grammar grammar = vocab.grammar();
        List<Token> t = ctx.tokens;
        int k = titleEnd;
        if (k < t.size() && grammar.complementPrepositions().contains(t.get(k).lower())) {
            k++;
            if (k < t.size() && grammar.definiteArticles().contains(t.get(k).lower())) {
                k++;
            }
            if (k < t.size() && ctx.country[k] != null && ctx.countryStart[k] == k) {
                return ctx.country[k];
            }
        }
        return null;
    }

    private boolean skippableBeforeTitle(SentenceContext ctx, int k) {
        Token tok = ctx.tokens.get(k);
        String s = tok.text();
        if (vocab.grammar().possessiveMarks().contains(tok.lower()) || s.equals("(") || s.equals(")")
                || s.equals("-")) {
            return true;
        }
        if (SentenceContext.isAcronym(s) || ctx.proper[k]) {
            return true;
        }
        return "ADJ".equals(tok.pos()) && !isBlocking(tok.lower());
    }

    /** A blocking modifier of the lexicon ("former", "then-", "ex-"). */
    private boolean isBlocking(String lower) {
        var modifiers = vocab.lexicon().offices().blockingModifiers();
        return modifiers.contains(lower) || modifiers.contains(lower.replace("-", ""));
    }

    /** True when "former", "deputy", "then-" and the like qualify the title starting at {@code from}. */
    private boolean blocked(SentenceContext ctx, int from, int titleStart) {
        // modifiers inside the chunk ("Chinese Deputy Foreign Minister")
        for (int k = from; k < titleStart; k++) {
            if (isBlocking(ctx.tokens.get(k).lower())) {
                return true;
            }
        }
        for (int k = from - 1, seen = 0; k >= 0 && seen < 3; k--) {
            String lower = ctx.tokens.get(k).lower();
            if (lower.equals("-") || vocab.grammar().definiteArticles().contains(lower)
                    || vocab.grammar().possessiveMarks().contains(lower)) {
                continue;
            }
            seen++;
            if (isBlocking(lower)) {
                return true;
            }
            if (ctx.country[k] == null) {
                break;
            }
        }
        return false;
    }

    private static List<String> words(List<Token> tokens, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            String s = tokens.get(k).text();
            if (isHyphen(s) && !out.isEmpty() && k + 1 < to) {
                out.set(out.size() - 1, out.get(out.size() - 1) + s + tokens.get(k + 1).text());
                k++;
            } else {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }
}
