package dev.crosscheck.extract;

import java.util.Optional;

/**
 * Who a quote is attributed to, as far as one article tells: a named person, a pronoun standing
 * for an earlier speaker, a role ("the president said") or the speaker of the quote before.
 *
 * @param kind    how the speaker was found
 * @param text    the attribution as written ("Xi Jinping", "he", "the president"), or "" when none
 * @param mention index of the person mention that names the speaker (for a pronoun or a
 *                continuation: the earlier speaker's), or -1
 * @param office  office id when the speaker is given by a role, else empty
 * @param country country code of that role, when stated
 */
public record Speaker(Kind kind, String text, int mention, Optional<String> office, Optional<String> country) {

    /** How a speaker was found. */
    public enum Kind { NAMED, PRONOUN, ROLE, CONTINUATION, NONE }

    /** No speaker: the quote is not attributed to a person ("the ministry said"). */
    public static final Speaker NONE = new Speaker(Kind.NONE, "", -1, Optional.empty(), Optional.empty());

    /** True when the article names or points to a person. */
    public boolean known() {
        return mention >= 0 || office.isPresent();
    }

    /** This speaker, as reached through a pronoun or a continuation written {@code text}. */
    Speaker through(Kind how, String text) {
        return new Speaker(how, text, mention, office, country);
    }
}
