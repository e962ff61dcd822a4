package dev.crosscheck.resolve;

import dev.crosscheck.extract.EventMention;

import java.util.List;

/**
 * An event word with its participants resolved to people.
 *
 * @param mention      the event word
 * @param kind         event kind ("meeting")
 * @param participants person ids, sorted
 * @param inferred     true when the sentence named no one and the participants were taken from
 *                     the event the article had just described
 */
public record ResolvedEvent(EventMention mention, String kind, List<Integer> participants, boolean inferred) {

    /** Identity of the event across articles: kind and participants. */
    public String key() {
        StringBuilder sb = new StringBuilder(kind);
        for (int p : participants) {
            sb.append(':').append(p);
        }
        return sb.toString();
    }
}
