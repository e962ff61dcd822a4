package dev.crosscheck.extract;

import java.util.List;
import java.util.Optional;

/**
 * A person named or described in one sentence: "Chinese Foreign Minister Qin Gang",
 * "Chen" (a surname standing alone) or "the Chinese President" (a role with no name).
 *
 * @param anchor     where it stands
 * @param firstToken index of its first token in the sentence
 * @param lastToken  index after its last token
 * @param nameWords  the name as written, word by word; empty for a role-only mention
 * @param office     office id from the lexicon, when a title is attached
 * @param country    country code of the title, when stated
 * @param title      the title as written ("Chinese Foreign Minister"), or ""
 * @param former     true when the title is qualified as not current ("former", "deputy")
 */
public record PersonMention(Anchor anchor, int firstToken, int lastToken, List<String> nameWords,
                            Optional<String> office, Optional<String> country, String title, boolean former) {

    /** The name as written, words joined by spaces. */
    public String name() {
        return String.join(" ", nameWords);
    }

    /** True for "the Chinese President": a title with a country and no name. */
    public boolean roleOnly() {
        return nameWords.isEmpty();
    }

    /** True for a name of two or more words. */
    public boolean fullName() {
        return nameWords.size() >= 2;
    }
}
