package dev.crosscheck.extract;

import dev.crosscheck.nlp.Token;
import dev.crosscheck.rules.Lexicon;
import dev.crosscheck.rules.Lexicon.EventKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds event words and their participants with local patterns over tokens:
 * "X met (with) Y", "X was received by Y", "talks/meeting with Y" (+ the clause's subject),
 * "meeting between X and Y", "X's visit". Participants are person mentions of the sentence.
 */
final class EventExtractor {

    private static final int SUBJECT_WINDOW = 25;
    private static final int OBJECT_WINDOW = 12;

    private final Lexicon.Events events;
    private final Grammar grammar;
    /** the lexicon's quote marks, one character each: a quote ends the clause a participant is named in */
    private final String quoteMarks;

    EventExtractor(Lexicon.Events events, Grammar grammar, String quoteMarks) {
        this.events = events;
        this.grammar = grammar;
        this.quoteMarks = quoteMarks;
    }

    /** A date stated in the sentence, at a token position. */
    record DatedToken(int token, DateExpression date) {
    }

    /**
     * @param owner       index of the person mention covering each token, or -1
     * @param dates       dates and weekdays stated in the sentence
     * @param anotherYear the sentence names a year other than the dateline's: a solo event in it
     *                    ("his three-day visit in 2018") is another one than the story's
     */
    List<EventMention> extract(SentenceContext ctx, int[] owner, List<DatedToken> dates, boolean anotherYear) {
        List<EventMention> out = new ArrayList<>();
        List<Token> t = ctx.tokens;
        for (int i = 0; i < t.size(); i++) {
            if (owner[i] >= 0) {
                continue;
            }
            Token tok = t.get(i);
            for (EventKind candidate : events.kinds()) {
                boolean verb = candidate.verbs().contains(tok.lemma()) && !tok.pos().equals("NOUN")
                        || candidate.verbs().contains(tok.lemma()) && grammar.verbOnlyForms().contains(tok.lower())
                        || candidate.markerVerbs().contains(tok.lemma()) && !tok.pos().equals("NOUN")
                        && markerFollows(ctx, i, candidate);
                // "called for calm" is no call: an inflected verb is not the noun it shares a lemma with
                boolean inflectedVerb = tok.pos().equals("VERB") && !tok.lower().equals(tok.lemma());
                boolean noun = !verb && !inflectedVerb
                        && (candidate.nouns().contains(tok.lemma()) || candidate.nouns().contains(tok.lower()));
                if (!verb && !noun) {
                    continue;
                }
                EventKind kind = noun ? modifiedKind(ctx, i, candidate) : candidate;
                Set<Integer> participants = verb ? verbParticipants(ctx, owner, i) : nounParticipants(ctx, owner, i);
                if (noun && kind.solo() && participants.isEmpty() && !anotherYear) {
                    participants = soloParticipant(ctx, owner, i);
                }
                Optional<DateExpression> date = kind.dated() ? nearest(ctx, dates, i) : Optional.empty();
                // "After nearly four hours of talks, Blinken left": an opening phrase's event whose
                // main clause names one person is the event the article was just about
                // "During a 40-minute meeting, the two discussed Taiwan": a plural reference anywhere in it
                boolean anaphoric = participants.isEmpty() && (verb || definite(ctx, i)
                        || !mainClauseSubject(ctx, owner, i).isEmpty() || pluralReference(ctx))
                        // "The meeting with Xi lasted 35 minutes": one side named, the other the
                        // one the article was just about
                        || noun && participants.size() == 1 && definite(ctx, i);
                if (noun && participants.isEmpty()) {
                    participants = verbEventOfClause(ctx, out, kind.name(), i);
                }
                out.add(new EventMention(ctx.anchor(i, i + 1), i, kind.name(), kind.dated(),
                        List.copyOf(participants), date, anaphoric));
                break;
            }
        }
        return out;
    }

    /** "a phone conversation": the kind whose modifier stands right before the event noun, else {@code kind}. */
    private EventKind modifiedKind(SentenceContext ctx, int noun, EventKind kind) {
        if (noun > 0) {
            for (EventKind other : events.kinds()) {
                if (other.modifiers().contains(ctx.lower.get(noun - 1))) {
                    return other;
                }
            }
        }
        return kind;
    }

    /** How far after a marker verb its participant marker may stand, in tokens. */
    private static final int MARKER_WINDOW = 6;

    /**
     * A marker of {@code kind} within a few tokens after {@code verb}, before any punctuation: a
     * participant marker ("spent 35 minutes with"), or the kind's own markers ("spoke by phone").
     */
    private boolean markerFollows(SentenceContext ctx, int verb, EventKind kind) {
        for (int k = verb + 1; k < Math.min(ctx.tokens.size(), verb + 1 + MARKER_WINDOW); k++) {
            if (kind.markers().isEmpty() ? events.participantMarkers().contains(ctx.lower.get(k))
                    : startsAny(ctx.lower, k, kind.markers())) {
                return true;
            }
            if ("PUNCT".equals(ctx.tokens.get(k).pos())) {
                return false;
            }
        }
        return false;
    }

    private static boolean startsAny(List<String> lower, int k, List<List<String>> phrases) {
        for (List<String> p : phrases) {
            if (k + p.size() <= lower.size() && lower.subList(k, k + p.size()).equals(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Lavrov was received by Blinken at a hotel for talks that lasted …": an event noun naming
     * no one, after an event verb of its kind in the same clause (no punctuation but hyphens between),
     * names that verb's event.
     */
    private static Set<Integer> verbEventOfClause(SentenceContext ctx, List<EventMention> before, String kind,
                                                  int noun) {
        for (int e = before.size() - 1; e >= 0; e--) {
            EventMention m = before.get(e);
            if (!m.kind().equals(kind) || m.participants().size() < 2
                    || !"VERB".equals(ctx.tokens.get(m.trigger()).pos())) {
                continue;
            }
            for (int k = m.trigger() + 1; k < noun; k++) {
                Token tok = ctx.tokens.get(k);
                if ("PUNCT".equals(tok.pos()) && !tok.text().equals("-")) {
                    return Set.of();
                }
            }
            return new LinkedHashSet<>(m.participants());
        }
        return Set.of();
    }

    private Set<Integer> verbParticipants(SentenceContext ctx, int[] owner, int trigger) {
        List<Integer> subject = appositionSubject(ctx, owner, trigger)
                .orElseGet(() -> subject(ctx, owner, trigger, OBJECT_WINDOW + 3));
        List<Token> t = ctx.tokens;
        int next = trigger + 1;
        boolean passive = trigger > 0 && grammar.passiveAuxiliaries().contains(t.get(trigger - 1).lemma());
        Set<Integer> objects = passive && next < t.size() && t.get(next).lower().equals(events.passiveMarker())
                ? objects(ctx, owner, next + 1) : objects(ctx, owner, next);
        return withSubject(subject, objects);
    }

    /** How far back an apposition's opening comma may stand from its verb, in tokens. */
    private static final int APPOSITION_WINDOW = 40;

    /**
     * "Wang Yi, member of the Political Bureau of the CPC Central Committee and director of the
     * Office of the Central Foreign Affairs Commission, met with Blinken": a verb right after a
     * comma closes an apposition; the subject is the person named right before the comma that
     * opened it, not a name inside it.
     */
    private Optional<List<Integer>> appositionSubject(SentenceContext ctx, int[] owner, int verb) {
        List<Token> t = ctx.tokens;
        if (verb < 1 || !t.get(verb - 1).text().equals(",")) {
            return Optional.empty();
        }
        for (int c = verb - 2; c >= 1 && verb - c <= APPOSITION_WINDOW; c--) {
            String s = t.get(c).text();
            if (s.equals(";") || s.equals(":") || isQuote(s)) {
                break;
            }
            if (s.equals(",") && owner[c - 1] >= 0) {
                return Optional.of(List.of(owner[c - 1]));
            }
        }
        return Optional.empty();
    }

    /**
     * Subject plus objects. Without a subject the objects of "met with A, and then B" are not
     * each other's partners: only A is kept, which names too few people to make an event.
     */
    private static Set<Integer> withSubject(List<Integer> subject, Set<Integer> objects) {
        Set<Integer> out = new LinkedHashSet<>(subject);
        if (subject.isEmpty() && !objects.isEmpty()) {
            out.add(objects.iterator().next());
        } else {
            out.addAll(objects);
        }
        return out;
    }

    /** "The two held a 90-minute meeting", "In a 90-minute meeting, the two …": a plural reference to people. */
    private boolean pluralReference(SentenceContext ctx) {
        for (List<String> ref : events.pluralReferences()) {
            for (int k = 0; k + ref.size() <= ctx.lower.size(); k++) {
                if (ctx.lower.subList(k, k + ref.size()).equals(ref)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "the meeting", "the approximately 30-minute meeting", "the closed-door meeting": a definite
     * determiner shortly before, with only modifiers between.
     */
    private boolean definite(SentenceContext ctx, int trigger) {
        List<Token> t = ctx.tokens;
        for (int k = trigger - 1; k >= 0 && trigger - k <= MODIFIER_WINDOW; k--) {
            if (grammar.definiteDeterminers().contains(t.get(k).lower())) {
                return true;
            }
            if (!modifier(t, k)) {
                return false;
            }
        }
        return false;
    }

    /** How many modifiers may stand between an event noun and its determiner or possessive. */
    private static final int MODIFIER_WINDOW = 6;

    /**
     * A word that may stand between an event noun and its determiner or possessive: an adjective,
     * adverb, figure or noun ("the approximately 30-minute meeting", "Blinken's two-day official
     * trip"), or any word of a hyphenated compound ("the closed-door meeting", "face-to-face").
     */
    private static boolean modifier(List<Token> t, int k) {
        String pos = t.get(k).pos();
        return pos.equals("ADJ") || pos.equals("ADV") || pos.equals("NUM") || pos.equals("NOUN")
                || t.get(k).text().equals("-")
                || k + 1 < t.size() && t.get(k + 1).text().equals("-") || k > 0 && t.get(k - 1).text().equals("-");
    }

    /**
     * The one person of a solo event noun ("Blinken's two-day visit", "Blinken arrived in Beijing
     * for a two-day visit"): a possessive before the noun and its modifiers, else the clause's
     * subject when it names one person.
     */
    private Set<Integer> soloParticipant(SentenceContext ctx, int[] owner, int noun) {
        List<Token> t = ctx.tokens;
        for (int k = noun - 1; k >= 1 && noun - k <= MODIFIER_WINDOW; k--) {
            if (grammar.possessiveMarks().contains(t.get(k).lower())) {
                return owner[k - 1] >= 0 ? Set.of(owner[k - 1]) : Set.of();
            }
            if (!modifier(t, k)) {
                break;
            }
        }
        List<Integer> subject = subject(ctx, owner, noun, SUBJECT_WINDOW);
        return subject.size() == 1 ? Set.of(subject.get(0)) : Set.of();
    }

    private Set<Integer> nounParticipants(SentenceContext ctx, int[] owner, int trigger) {
        Set<Integer> out = new LinkedHashSet<>();
        List<Token> t = ctx.tokens;
        // "Blinken's visit"
        if (trigger >= 2 && grammar.possessiveMarks().contains(t.get(trigger - 1).lower())
                && owner[trigger - 2] >= 0) {
            out.add(owner[trigger - 2]);
        }
        for (int k = trigger + 1; k < Math.min(t.size(), trigger + 3); k++) {
            String w = t.get(k).lower();
            if (!events.participantMarkers().contains(w)) {
                continue;
            }
            if (grammar.between().contains(w)) {
                out.addAll(between(ctx, owner, k + 1));
            } else {
                Set<Integer> objs = objects(ctx, owner, k + 1);
                if (!objs.isEmpty()) {
                    out.addAll(withSubject(subject(ctx, owner, trigger, SUBJECT_WINDOW), objs));
                }
            }
            break;
        }
        if (out.isEmpty()) {
            // "Blinken and Qin held talks lasting five hours": the clause's subject, when it names two
            List<Integer> subject = subject(ctx, owner, trigger, SUBJECT_WINDOW);
            if (subject.size() >= 2) {
                out.addAll(subject);
            }
        }
        if (out.size() < 2) {
            // "In a 90-minute meeting on Monday, Blinken and Qin discussed …", "After three hours
            // of talks with Qin, Blinken left": an opening phrase's event belongs to the main
            // clause's subject, after the comma
            Set<Integer> afterComma = mainClauseSubject(ctx, owner, trigger);
            Set<Integer> joined = new LinkedHashSet<>(out);
            joined.addAll(afterComma);
            if (joined.size() >= 2) {
                return joined;
            }
        }
        return out;
    }

    /**
     * The people named right after the first comma following an event noun that opens the
     * sentence (nobody named before it): the subject of the main clause, with the object of its
     * verb ("In a phone call lasting an hour, Blinken told Wang …").
     */
    private Set<Integer> mainClauseSubject(SentenceContext ctx, int[] owner, int trigger) {
        List<Token> t = ctx.tokens;
        for (int k = 0; k < trigger; k++) {
            if (owner[k] >= 0) {
                return Set.of(); // someone is named before: not an opening phrase
            }
        }
        boolean relative = false;
        for (int k = trigger + 1; k < t.size() && k - trigger <= OBJECT_WINDOW; k++) {
            if (t.get(k).text().equals(",")) {
                int first = k + 1;
                if (first >= t.size() || owner[first] < 0) {
                    return Set.of();
                }
                Set<Integer> out = new LinkedHashSet<>(objects(ctx, owner, first));
                int verb = first;
                while (verb < t.size() && owner[verb] >= 0) {
                    verb++;
                }
                if (verb < t.size() && "VERB".equals(t.get(verb).pos())) {
                    Set<Integer> objects = objects(ctx, owner, verb + 1);
                    out.addAll(objects.isEmpty() && out.size() == 1 ? soleOther(owner, verb + 1, out) : objects);
                }
                return out;
            }
            // "In a meeting that ran for two hours, …": a relative clause inside the phrase
            relative |= "PRON".equals(t.get(k).pos());
            // "In a phone call lasting an hour, …": a duration link is not the phrase's own clause
            if ("VERB".equals(t.get(k).pos()) && !relative && !events.durationLinks().contains(t.get(k).lower())
                    || t.get(k).text().equals(".")) {
                return Set.of();
            }
        }
        return Set.of();
    }

    /**
     * "After the meeting, Blinken said he had told Lavrov …": the main verb reports speech and
     * has no person for object; the one other person the rest of the sentence names, if just one.
     */
    private static Set<Integer> soleOther(int[] owner, int from, Set<Integer> subject) {
        Set<Integer> others = new LinkedHashSet<>();
        for (int k = from; k < owner.length; k++) {
            if (owner[k] >= 0 && !subject.contains(owner[k])) {
                others.add(owner[k]);
            }
        }
        return others.size() == 1 ? others : Set.of();
    }

    /** "between A, currently in China, and B": every mention up to the clause's verb. */
    private Set<Integer> between(SentenceContext ctx, int[] owner, int from) {
        Set<Integer> out = new LinkedHashSet<>();
        List<Token> t = ctx.tokens;
        for (int k = from; k < t.size() && k - from < 2 * OBJECT_WINDOW; k++) {
            if (owner[k] >= 0) {
                out.add(owner[k]);
                continue;
            }
            Token tok = t.get(k);
            if (tok.text().equals(".") || tok.text().equals(";") || "VERB".equals(tok.pos())
                    || "AUX".equals(tok.pos()) || isQuote(tok.text())) {
                break;
            }
        }
        return out;
    }

    /** The nearest person mention left of {@code from} in the same clause, with "A and B" conjuncts. */
    private List<Integer> subject(SentenceContext ctx, int[] owner, int from, int window) {
        List<Token> t = ctx.tokens;
        for (int k = from - 1; k >= 0 && from - k <= window; k--) {
            String s = t.get(k).text();
            if (s.equals(";") || s.equals(":")) {
                break;
            }
            if (owner[k] >= 0) {
                int j = k;
                while (j >= 0 && owner[j] == owner[k]) {
                    j--;
                }
                if (j >= 0 && "ADP".equals(t.get(j).pos())) {
                    // "arrived in Beijing on Sunday … and met Wang": a name after a preposition
                    // is no subject
                    k = j + 1;
                    continue;
                }
                List<Integer> out = new ArrayList<>();
                out.add(owner[k]);
                // "Biden and Xi met"
                if (j >= 1 && grammar.conjunctions().contains(t.get(j).lower()) && owner[j - 1] >= 0) {
                    out.add(owner[j - 1]);
                }
                return out;
            }
        }
        return List.of();
    }

    /** The first person mention at or after {@code from} before the clause ends, with conjuncts. */
    private Set<Integer> objects(SentenceContext ctx, int[] owner, int from) {
        Set<Integer> out = new LinkedHashSet<>();
        List<Token> t = ctx.tokens;
        int k = from;
        for (; k < t.size() && k - from < OBJECT_WINDOW; k++) {
            if (owner[k] >= 0) {
                break;
            }
            Token tok = t.get(k);
            // "met with visiting Secretary of State Blinken": a participle between a preposition or
            // determiner and the name modifies it (not "had told Lavrov")
            boolean modifier = "VERB".equals(tok.pos()) && k + 1 < t.size() && owner[k + 1] >= 0 && k > 0
                    && ("ADP".equals(t.get(k - 1).pos()) || "DET".equals(t.get(k - 1).pos()));
            if (tok.text().equals(".") || tok.text().equals(";") || "VERB".equals(tok.pos()) && !modifier
                    || "SCONJ".equals(tok.pos()) || isQuote(tok.text())) {
                return out;
            }
        }
        while (k < t.size() && owner[k] >= 0) {
            int m = owner[k];
            out.add(m);
            while (k < t.size() && owner[k] == m) {
                k++;
            }
            // ", and then President Xi", "and Foreign Minister Qin Gang"
            int j = k;
            while (j < t.size() && owner[j] < 0 && isConjunction(t.get(j).lower())) {
                j++;
            }
            if (j == k || j >= t.size() || owner[j] < 0) {
                break;
            }
            k = j;
        }
        return out;
    }

    private boolean isConjunction(String w) {
        return grammar.listJoiners().contains(w);
    }

    private boolean isQuote(String s) {
        return s.length() == 1 && quoteMarks.indexOf(s.charAt(0)) >= 0;
    }

    private static Optional<DateExpression> nearest(SentenceContext ctx, List<DatedToken> dates, int token) {
        DatedToken best = null;
        boolean bestAside = true;
        for (DatedToken d : dates) {
            // "Blinken, who arrived on Sunday, met Xi on Monday": a date in a clause set off by
            // commas that does not hold the event word is another happening's
            boolean aside = inCommaClause(ctx.tokens, d.token(), token);
            if (best == null || bestAside && !aside
                    || aside == bestAside && Math.abs(d.token() - token) < Math.abs(best.token() - token)) {
                best = d;
                bestAside = aside;
            }
        }
        return Optional.ofNullable(best).map(DatedToken::date);
    }

    /**
     * Whether token {@code k} stands between two commas that enclose a verb of their own and not
     * token {@code outside}: a parenthetical clause ("…, who arrived in Beijing on Sunday, …").
     */
    private static boolean inCommaClause(List<Token> t, int k, int outside) {
        int left = k - 1;
        while (left >= 0 && !t.get(left).text().equals(",")) {
            left--;
        }
        int right = k + 1;
        while (right < t.size() && !t.get(right).text().equals(",")) {
            right++;
        }
        if (left < 0 || right >= t.size() || outside > left && outside < right) {
            return false;
        }
        for (int j = left + 1; j < right; j++) {
            if ("VERB".equals(t.get(j).pos())) {
                return true;
            }
        }
        return false;
    }
}
